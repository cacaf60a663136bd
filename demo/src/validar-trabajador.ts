/** The Web Worker of "valida tu archivo": reads the file off the page's thread, so a slow read never freezes the page. */
import { revisarEnEsteHilo } from './revisar-en-pagina.js';
import type { PedidoRevision } from './validar-archivo.js';

self.onmessage = async (e: MessageEvent<PedidoRevision>) => {
  const { nombre, contenido, lang } = e.data;
  self.postMessage(await revisarEnEsteHilo(nombre, contenido, lang));
};
