/** The demo pages' own behaviour: language toggle, print button, meta picker (Chía) and the offline cache. */
import { iniciarIdioma } from './idioma.js';

function almacenSeguro(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

iniciarIdioma(document, almacenSeguro());

document.getElementById('imprimir')?.addEventListener('click', () => window.print());

// A plan too long for one card per meta: one card and one map, pointed at the meta picked.
const selector = document.getElementById('elegir-meta') as HTMLSelectElement | null;
selector?.addEventListener('change', () => {
  for (const w of document.querySelectorAll('[data-sigue-meta]')) w.setAttribute('meta', selector.value);
});

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without a service worker the page still works online; nothing to tell the visitor.
    });
  });
}
