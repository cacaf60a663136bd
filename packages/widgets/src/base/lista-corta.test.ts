import { expect } from '@esm-bundle/chai';
import { listaCorta, MAX_LISTA } from './lista-corta.js';

const codigos = (n: number) => Array.from({ length: n }, (_, i) => `IP-${300 + i}`);

describe('listaCorta', () => {
  it('una lista corta va entera', () => {
    expect(listaCorta(codigos(3), 'es')).to.equal('IP-300, IP-301, IP-302');
    expect(listaCorta(codigos(MAX_LISTA), 'es').split(', ')).to.have.length(MAX_LISTA);
  });
  it('una larga muestra las primeras y cuenta el resto, en el idioma pedido', () => {
    const es = listaCorta(codigos(271), 'es');
    expect(es.startsWith('IP-300, IP-301')).to.equal(true);
    expect(es.endsWith(`IP-${300 + MAX_LISTA - 1} y 261 más`)).to.equal(true);
    expect(es).not.to.contain(`IP-${300 + MAX_LISTA},`);
    expect(listaCorta(codigos(1271), 'en').endsWith('and 1,261 more')).to.equal(true);
    expect(listaCorta(codigos(1271), 'es').endsWith('y 1.261 más')).to.equal(true);
  });
});
