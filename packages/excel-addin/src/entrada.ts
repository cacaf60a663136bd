/// <reference types="office-js" />
/**
 * The one script of the add-in's shared runtime (taskpane.html loads it; the manifest names it as the
 * custom functions' script too): associates the =PDD.* functions, then starts the pane when Office is
 * ready. Guarded against a second load in the same runtime.
 */
import { registrarFunciones } from './functions/registro.js';
import { iniciarPanel } from './taskpane/panel.js';

const g = globalThis as { __tableroPddCargado?: boolean; Office?: typeof Office };
if (!g.__tableroPddCargado) {
  g.__tableroPddCargado = true;
  registrarFunciones();
  void g.Office?.onReady(() => {
    if (typeof document !== 'undefined' && document.getElementById('panel-pdd')) iniciarPanel(Office.context.requirements);
  });
}
