import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buscarDepartamento,
  buscarMunicipio,
  buscarMunicipioDetalle,
  nombreDepartamento,
  nombreMunicipio,
  resolverMunicipios,
} from './nombres.js';
import { ALIAS_DEPARTAMENTOS, ALIAS_MUNICIPIOS } from './alias.js';
import { DEPARTAMENTOS, MUNICIPIOS } from './divipola-datos.js';
import { esMunicipioDivipola } from './divipola-codigos.js';
import { normalizarNombre } from './normalizar.js';

/**
 * Every municipality of Norte de Santander the 2024–2025 rendición de cuentas names, spelled as the report
 * spells it, with the code read from DANE's list by hand (not from the lookup).
 */
const NOMBRADOS_EN_EL_INFORME: ReadonlyArray<readonly [string, string]> = [
  ['Cúcuta', '54001'],
  ['San José de Cúcuta', '54001'],
  ['Pamplona', '54518'],
  ['Ocaña', '54498'],
  ['Salazar de las Palmas', '54660'],
  ['Salazar', '54660'],
  ['Chinácota', '54172'],
  ['Los Patios', '54405'],
  ['los Patios', '54405'],
  ['Villa del Rosario', '54874'],
  ['Villa Del Rosario', '54874'],
  ['Mutiscua', '54480'],
  ['Chitagá', '54174'],
  ['Gramalote', '54313'],
  ['El Zulia', '54261'],
  ['Tibú', '54810'],
  ['Santiago', '54680'],
  ['Durania', '54239'],
  ['Arboledas', '54051'],
  ['Ábrego', '54003'],
  ['Pamplonita', '54520'],
  ['Lourdes', '54418'],
  ['Sardinata', '54720'],
  ['Silos', '54743'],
  ['San Cayetano', '54673'],
  ['San Calixto', '54670'],
];

describe('buscarMunicipio: los nombres del informe de Norte de Santander', () => {
  it.each(NOMBRADOS_EN_EL_INFORME)('«%s» → %s con departamento "54"', (nombre, codigo) => {
    expect(buscarMunicipio(nombre, { departamento: '54' })?.codigo).toBe(codigo);
  });

  it('devuelve el nombre oficial de DANE, no el escrito', () => {
    expect(buscarMunicipio('Cúcuta', { departamento: '54' })).toEqual({ codigo: '54001', nombreOficial: 'SAN JOSÉ DE CÚCUTA' });
    expect(buscarMunicipio('Abrego', { departamento: '54' })).toEqual({ codigo: '54003', nombreOficial: 'ÁBREGO' });
    expect(buscarMunicipio('Salazar de las Palmas')).toEqual({ codigo: '54660', nombreOficial: 'SALAZAR' });
  });

  it('acepta el departamento por nombre o con un dígito', () => {
    expect(buscarMunicipio('Tibú', { departamento: 'Norte de Santander' })?.codigo).toBe('54810');
    expect(buscarMunicipio('Medellín', { departamento: '5' })?.codigo).toBe('05001');
    expect(buscarMunicipio('Santiago', { departamento: 'putumayo' })?.codigo).toBe('86760');
  });

  it('ignora tildes, mayúsculas, puntuación y espacios de más', () => {
    for (const escrito of ['OCAÑA', 'ocana', '  Ocaña. ', 'Ocaña,']) {
      expect(buscarMunicipio(escrito, { departamento: '54' })?.codigo).toBe('54498');
    }
    expect(buscarMunicipio('villa   del-rosario', { departamento: '54' })?.codigo).toBe('54874');
    expect(buscarMunicipio('CHINACOTA', { departamento: '54' })?.codigo).toBe('54172');
    expect(buscarMunicipio('bogota d.c.')?.codigo).toBe('11001');
  });

  it('quita «municipio de» antes del nombre', () => {
    expect(buscarMunicipio('municipio de Villa del Rosario', { departamento: '54' })?.codigo).toBe('54874');
    expect(buscarMunicipio('Municipios de Chinácota', { departamento: '54' })?.codigo).toBe('54172');
  });
});

describe('buscarMunicipioDetalle: ambigüedad y nombres desconocidos', () => {
  it('un nombre repetido en dos departamentos es ambiguo sin departamento', () => {
    const r = buscarMunicipioDetalle('Santiago');
    expect(r.estado).toBe('ambiguo');
    expect(r.candidatos.map((c) => c.codigo).sort()).toEqual(['54680', '86760']);
    expect(r.candidatos.map((c) => c.nombreDepartamento).sort()).toEqual(['NORTE DE SANTANDER', 'PUTUMAYO']);
    expect(buscarMunicipio('Santiago')).toBeNull();
  });

  it('«San Cayetano» y «Toledo» existen en Norte de Santander y en otro departamento', () => {
    expect(buscarMunicipioDetalle('San Cayetano').estado).toBe('ambiguo');
    expect(buscarMunicipioDetalle('Toledo').estado).toBe('ambiguo');
    expect(buscarMunicipio('Toledo', { departamento: '54' })?.codigo).toBe('54820');
  });

  it('un nombre único en el país se encuentra sin departamento', () => {
    expect(buscarMunicipio('Tibú')?.codigo).toBe('54810');
    expect(buscarMunicipio('Cúcuta')?.codigo).toBe('54001');
  });

  it('un nombre de otro departamento no se encuentra en el departamento pedido', () => {
    expect(buscarMunicipio('Medellín', { departamento: '54' })).toBeNull();
    expect(buscarMunicipioDetalle('Medellín', { departamento: '54' }).estado).toBe('desconocido');
  });

  it('un error de escritura no se corrige solo: queda desconocido, con sugerencias para revisar', () => {
    const r = buscarMunicipioDetalle('Cácuta', { departamento: '54' });
    expect(r.estado).toBe('desconocido');
    if (r.estado !== 'desconocido') return;
    // One letter away from both: the lookup must not choose between them.
    expect(r.sugerencias.map((s) => s.codigo).sort()).toEqual(['54001', '54125']);
    expect(buscarMunicipio('Cácuta', { departamento: '54' })).toBeNull();
  });

  it('un corregimiento o una región no es un municipio', () => {
    expect(buscarMunicipioDetalle('La Gabarra', { departamento: '54' }).estado).toBe('desconocido');
    expect(buscarMunicipioDetalle('Catatumbo', { departamento: '54' }).estado).toBe('desconocido');
  });

  it('un departamento que no existe se informa aparte', () => {
    expect(buscarMunicipioDetalle('Ocaña', { departamento: '77' }).estado).toBe('departamento_desconocido');
    expect(buscarMunicipioDetalle('Ocaña', { departamento: 'Santander del Norte' }).estado).toBe('departamento_desconocido');
    expect(buscarMunicipio('Ocaña', { departamento: '77' })).toBeNull();
  });

  it('texto vacío o sin letras es desconocido, sin excepción', () => {
    expect(buscarMunicipioDetalle('').estado).toBe('desconocido');
    expect(buscarMunicipioDetalle(' -- ').estado).toBe('desconocido');
  });
});

describe('resolverMunicipios', () => {
  it('resuelve la lista de la meta 18 sin repetir códigos', () => {
    const r = resolverMunicipios(
      ['Pamplonita', 'Lourdes', 'Durania', 'Los Patios', 'Pamplonita', 'Arboledas', 'Chitagá', 'Tibú', 'Sardinata', 'Pamplona', 'Salazar', 'Silos', 'Chinácota', 'San Cayetano', 'Cúcuta', 'Villa del Rosario', 'Los Patios'],
      { departamento: '54' },
    );
    expect(r.codigos).toEqual(['54520', '54418', '54239', '54405', '54051', '54174', '54810', '54720', '54518', '54660', '54743', '54172', '54673', '54001', '54874']);
    expect(r.desconocidos).toEqual([]);
    expect(r.ambiguos).toEqual([]);
  });

  it('informa los nombres desconocidos y ambiguos tal como llegaron, no los descarta', () => {
    const r = resolverMunicipios(['Cúcuta', 'Cácuta', '  Santiago ', 'Atlántida', '', '  ']);
    expect(r.codigos).toEqual(['54001']);
    expect(r.desconocidos).toEqual(['Cácuta', 'Atlántida']);
    expect(r.ambiguos).toEqual(['Santiago']);
    expect(r.departamentoDesconocido).toBe(false);
  });

  it('con un departamento inexistente, todos los nombres quedan desconocidos y se dice por qué', () => {
    const r = resolverMunicipios(['Cúcuta', 'Ocaña'], { departamento: '00' });
    expect(r.codigos).toEqual([]);
    expect(r.desconocidos).toEqual(['Cúcuta', 'Ocaña']);
    expect(r.departamentoDesconocido).toBe(true);
  });
});

describe('nombreMunicipio y nombreDepartamento', () => {
  it('dan el nombre oficial o null', () => {
    expect(nombreMunicipio('54001')).toBe('SAN JOSÉ DE CÚCUTA');
    expect(nombreMunicipio('05001')).toBe('MEDELLÍN');
    expect(nombreMunicipio('54999')).toBeNull();
    expect(nombreMunicipio('5001')).toBeNull();
    expect(nombreDepartamento('54')).toBe('NORTE DE SANTANDER');
    expect(nombreDepartamento('54874')).toBe('NORTE DE SANTANDER');
    expect(nombreDepartamento('11')).toBe('BOGOTÁ, D.C.');
    expect(nombreDepartamento('77')).toBeNull();
    expect(nombreDepartamento('54999')).toBeNull();
    expect(nombreDepartamento('Norte')).toBeNull();
  });

  it('buscarDepartamento lee código o nombre', () => {
    expect(buscarDepartamento('54')).toBe('54');
    expect(buscarDepartamento('5')).toBe('05');
    expect(buscarDepartamento('norte de santander')).toBe('54');
    expect(buscarDepartamento('Valle')).toBe('76');
    expect(buscarDepartamento('Atlantico')).toBe('08');
    expect(buscarDepartamento('77')).toBeNull();
    expect(buscarDepartamento('')).toBeNull();
  });
});

describe('tabla de alias', () => {
  const oficial = new Map(MUNICIPIOS.map(([c, n]) => [c, n]));

  it('cada alias apunta a un municipio que existe y no repite el nombre oficial', () => {
    for (const [alias, codigo] of ALIAS_MUNICIPIOS) {
      expect(esMunicipioDivipola(codigo), `${alias} → ${codigo}`).toBe(true);
      expect(normalizarNombre(alias), `${alias} es ya el nombre oficial`).not.toBe(normalizarNombre(oficial.get(codigo)!));
    }
    const departamentos = new Set(DEPARTAMENTOS.map(([c]) => c));
    for (const [alias, codigo] of ALIAS_DEPARTAMENTOS) expect(departamentos.has(codigo), alias).toBe(true);
  });

  it('ningún alias choca con otro municipio de su departamento (se resuelve a su código)', () => {
    for (const [alias, codigo] of ALIAS_MUNICIPIOS) {
      expect(buscarMunicipio(alias, { departamento: codigo.slice(0, 2) })?.codigo, alias).toBe(codigo);
    }
  });
});

describe('propiedades sobre todo el MGN 2018', () => {
  it('cada nombre oficial, con su departamento, da su propio código', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MUNICIPIOS), ([codigo, nombre]) => {
        expect(buscarMunicipio(nombre, { departamento: codigo.slice(0, 2) })).toEqual({ codigo, nombreOficial: nombre });
      }),
      { numRuns: MUNICIPIOS.length },
    );
    // And exhaustively, since the list is small: a property run may miss the one collision.
    for (const [codigo, nombre] of MUNICIPIOS) expect(buscarMunicipio(nombre, { departamento: codigo.slice(0, 2) })?.codigo).toBe(codigo);
  });

  it('el nombre se encuentra igual en minúsculas, sin tildes y con espacios de más', () => {
    const sinTildes = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    fc.assert(
      fc.property(
        fc.constantFrom(...MUNICIPIOS),
        fc.constantFrom((s: string) => s.toLowerCase(), sinTildes, (s: string) => `  ${s.replaceAll(' ', '   ')} `, (s: string) => `${s}.`),
        ([codigo, nombre], variar) => {
          expect(buscarMunicipio(variar(nombre), { departamento: codigo.slice(0, 2) })?.codigo).toBe(codigo);
        },
      ),
    );
  });

  it('sin departamento: encontrado si el nombre es único en el país, ambiguo si se repite', () => {
    const cuantos = new Map<string, number>();
    for (const [, n] of MUNICIPIOS) cuantos.set(normalizarNombre(n), (cuantos.get(normalizarNombre(n)) ?? 0) + 1);
    fc.assert(
      fc.property(fc.constantFrom(...MUNICIPIOS), ([codigo, nombre]) => {
        const r = buscarMunicipioDetalle(nombre);
        if (cuantos.get(normalizarNombre(nombre)) === 1) expect(r.estado === 'encontrado' && r.municipio.codigo).toBe(codigo);
        else {
          expect(r.estado).toBe('ambiguo');
          expect(r.candidatos.map((c) => c.codigo)).toContain(codigo);
        }
      }),
      { numRuns: 500 },
    );
  });
});
