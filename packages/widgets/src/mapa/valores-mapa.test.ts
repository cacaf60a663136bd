import { expect } from '@esm-bundle/chai';
import { formatearMillones, type FilaMunicipio, type ResultadoMunicipios } from '@tablero-pdd/core';
import { valoresMapa } from './valores-mapa.js';

const fila = (codigo: string, f: Partial<FilaMunicipio>): FilaMunicipio => ({
  codigo,
  metas: [],
  cantidad: 0,
  inversion: null,
  inversionNoAtribuible: [],
  beneficiarios: [],
  beneficiariosNoAtribuibles: [],
  ...f,
});
const resultado = (municipios: FilaMunicipio[]): ResultadoMunicipios => ({
  periodo: null,
  municipios,
  departamentales: [],
  sinDato: [],
  codigosDesconocidos: [],
  nota: { es: 'nota', en: 'note' },
});
const personas = (total: number, metas = 1) => ({ unidad: 'personas', etiqueta: 'personas', total, metas });
const empresas = (total: number, metas = 1) => ({ unidad: 'empresas', etiqueta: 'empresas', total, metas });

describe('valoresMapa (lo que muestra cada municipio)', () => {
  const res = resultado([
    fila('54001', { metas: ['4', '6'], cantidad: 2, inversionNoAtribuible: ['4', '6'], beneficiarios: [personas(10, 2)], beneficiariosNoAtribuibles: ['6'] }),
    fila('54874', { metas: ['9'], cantidad: 1, inversion: 162_000_000, beneficiarios: [empresas(5)] }),
    fila('54498', { metas: ['8'], cantidad: 1 }),
  ]);

  it('metas: el conteo de core, con su lista; el municipio que ninguna nombra tiene 0 metas', () => {
    const v = valoresMapa(res, { medida: 'metas', meta: null, lang: 'es' });
    expect(v.porCodigo.get('54001')).to.deep.equal({ categoria: 'valor', valor: 2, texto: '2 metas', detalle: ['Metas: 4, 6'] });
    expect(v.porCodigo.get('54874')!.texto).to.equal('1 meta');
    expect(v.ninguna).to.deep.equal({ categoria: 'ninguna', valor: 0, texto: '0 metas', detalle: [] });
    expect(v.enteros).to.equal(true);
  });

  it('una meta: alcanzado o no, nada más', () => {
    const v = valoresMapa(res, { medida: 'inversion', meta: '8', lang: 'es' });
    expect(v.medida).to.equal('meta');
    expect([...v.porCodigo.values()].map((x) => x.texto)).to.deep.equal(Array(3).fill('alcanzado por la meta 8'));
    expect(v.ninguna.texto).to.equal('no alcanzado');
    expect(v.titulo).to.equal('Municipios alcanzados por la meta 8');
  });

  it('inversión: el valor atribuible; "no atribuible" y "sin dato" nunca son 0', () => {
    const v = valoresMapa(res, { medida: 'inversion', meta: null, lang: 'es' });
    expect(v.porCodigo.get('54874')).to.include({ categoria: 'valor', valor: 162_000_000, texto: formatearMillones(162_000_000) });
    expect(v.porCodigo.get('54001')).to.include({ categoria: 'sinDato', valor: null, texto: 'no atribuible' });
    expect(v.porCodigo.get('54001')!.detalle).to.include('No atribuible (la meta nombra varios municipios): metas 4, 6');
    expect(v.porCodigo.get('54498')).to.include({ categoria: 'sinDato', valor: null, texto: 'sin dato reportado' });
    expect(v.ninguna).to.include({ categoria: 'ninguna', valor: null, texto: 'ninguna meta lo nombra' });
    expect(v.formatear(2.5e9)).to.equal(formatearMillones(2.5e9));
  });

  it('beneficiarios: una sola unidad se pinta (la de más metas, o la pedida); las demás van al detalle', () => {
    const v = valoresMapa(res, { medida: 'beneficiarios', meta: null, lang: 'es' });
    expect(v.unidad).to.equal('personas');
    expect(v.titulo).to.equal('Beneficiarios atribuibles al municipio (personas)');
    expect(v.porCodigo.get('54001')).to.include({ categoria: 'valor', valor: 10, texto: '10 personas' });
    expect(v.porCodigo.get('54874')).to.include({ categoria: 'sinDato', texto: 'sin dato en personas' });
    expect(v.porCodigo.get('54874')!.detalle).to.include('5 empresas');
    const e = valoresMapa(res, { medida: 'beneficiarios', meta: null, lang: 'es', unidad: 'Empresas' });
    expect(e.unidad).to.equal('empresas');
    expect(e.porCodigo.get('54874')).to.include({ categoria: 'valor', valor: 5 });
  });

  it('en inglés', () => {
    const v = valoresMapa(res, { medida: 'metas', meta: null, lang: 'en' });
    expect(v.porCodigo.get('54001')!.texto).to.equal('2 metas');
    expect(v.titulo).to.equal('Number of metas naming the municipality');
    expect(valoresMapa(res, { medida: 'inversion', meta: null, lang: 'en' }).porCodigo.get('54001')!.texto).to.equal('not attributable');
  });
});
