/** The guide page: the common page behaviour plus the "valida tu archivo" box. */
import './pagina.js';
import { TEXTOS, type Idioma } from './textos.js';
import { revisarArchivo, type Revision } from './validar-archivo.js';

const entrada = document.getElementById('archivo') as HTMLInputElement | null;
const zona = document.getElementById('zona-archivo');
const salida = document.getElementById('resultado-validacion');

function idioma(): Idioma {
  return document.documentElement.lang === 'en' ? 'en' : 'es';
}

function celda(etiqueta: 'td' | 'th', texto: string): HTMLElement {
  const c = document.createElement(etiqueta);
  c.textContent = texto;
  return c;
}

function mostrar(nombre: string, r: Revision, lang: Idioma): void {
  if (!salida) return;
  const t = TEXTOS[lang];
  salida.replaceChildren();
  const resumen = document.createElement('p');
  const errores = r.problemas.filter((p) => p.severidad === 'error').length;
  const avisos = r.problemas.length - errores;
  resumen.className = r.ok ? 'valida-ok' : 'valida-mal';
  resumen.textContent = r.ok
    ? `${nombre}: ${t.validaOk} ${r.metas ?? 0} ${t.metasLeidas}${avisos ? `; ${avisos} ${t.validaAvisos}` : ''}.`
    : `${nombre}: ${errores} ${t.validaErrores}${avisos ? `; ${avisos} ${t.validaAvisos}` : ''}.`;
  salida.append(resumen);
  if (r.problemas.length === 0) return;
  const tabla = document.createElement('table');
  tabla.className = 'tabla-errores';
  const cab = document.createElement('tr');
  for (const k of ['colFila', 'colColumna', 'colSeveridad', 'colMensaje'] as const) {
    const th = celda('th', t[k]);
    th.setAttribute('scope', 'col');
    cab.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(cab);
  const tbody = document.createElement('tbody');
  for (const p of r.problemas) {
    const tr = document.createElement('tr');
    tr.append(
      celda('td', p.fila === null ? '—' : String(p.fila)),
      celda('td', p.columna ?? '—'),
      celda('td', p.severidad === 'error' ? t.error : t.avisoSeveridad),
      celda('td', p.mensaje),
    );
    tbody.append(tr);
  }
  tabla.append(thead, tbody);
  salida.append(tabla);
}

async function revisar(archivo: File): Promise<void> {
  if (!salida) return;
  const lang = idioma();
  salida.textContent = TEXTOS[lang].leyendo;
  const bytes = new Uint8Array(await archivo.arrayBuffer());
  mostrar(archivo.name, await revisarArchivo(archivo.name, bytes, lang), lang);
}

entrada?.addEventListener('change', () => {
  const f = entrada.files?.[0];
  if (f) void revisar(f);
});
zona?.addEventListener('dragover', (e) => {
  e.preventDefault();
  zona.classList.add('encima');
});
zona?.addEventListener('dragleave', () => zona.classList.remove('encima'));
zona?.addEventListener('drop', (e) => {
  e.preventDefault();
  zona.classList.remove('encima');
  const f = e.dataTransfer?.files[0];
  if (f) void revisar(f);
});
