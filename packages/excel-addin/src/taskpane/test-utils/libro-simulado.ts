/**
 * A workbook for the task pane's tests, on office-addin-mock: every object that office.js would load is
 * an OfficeMockObject, so reading a property that was not load()ed and sync()ed gives the mock's error
 * text instead of the value, as in Excel. The model behind it records what the pane does: context.sync()
 * and load() calls (counted), cells written (and any cell of the person's that a write would have
 * overwritten), tables, conditional formats, charts, the selection. Only the API subset the pane uses is
 * modelled; anything else is undefined and makes the test fail.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { indiceColumna, letraColumna, prefijoHoja } from '../../comun/direcciones.js';

type Mock = OfficeMockObject & Record<string, unknown>;
type Datos = Record<string, unknown>;

export interface HojaInicial {
  nombre: string;
  /** values from A1 (missing cells are empty). */
  celdas: unknown[][];
  /** numberFormat per cell (default "General"). */
  formatos?: string[][];
  /** text per cell (default: String(value)). */
  textos?: string[][];
  /** Merged ranges ("A1:C1"), as getMergedAreasOrNullObject() reports them. */
  combinadas?: string[];
}

export interface TablaInicial {
  nombre: string;
  hoja: string;
  /** 0-based corner and size, header row included. */
  fila0: number;
  columna0: number;
  filas: number;
  columnas: number;
}

export interface OpcionesLibroSimulado {
  hojas: HojaInicial[];
  tablas?: TablaInicial[];
  activa?: string;
  ajustes?: Record<string, unknown>;
  /** workbook.name (default "Libro1.xlsx"). */
  nombre?: string;
}

interface HojaModelo {
  nombre: string;
  celdas: unknown[][];
  formatos: string[][];
  textos: Array<Array<string | undefined>>;
  /** Sheets the test brought: writes into their non-empty cells are overwrites. */
  original: boolean;
  combinadas: string[];
}

interface RangoMeta {
  hoja: string;
  f0: number;
  c0: number;
  nf: number;
  nc: number;
  valores: unknown;
  formatos: unknown;
}

export interface FormatoCondicionalSimulado {
  hoja: string;
  direccion: string;
  tipo: string;
  textComparison: { format: { fill: { color?: string }; font: { color?: string } }; rule: { operator: string; text: string } | null };
}

export interface GraficoSimulado {
  hoja: string;
  tipo: string;
  origen: string;
  serie: string;
  title: { text: string };
  posicion: [string, string?] | null;
}

interface TablaNueva {
  hoja: string;
  direccion: string;
  name: string | undefined;
  style: string | undefined;
  aplicada: boolean;
}

/** range.valueTypes as Excel gives them; an error literal ("#DIV/0!") in the model is an error cell. */
function tipoDeValor(v: unknown): string {
  if (v === '' || v === null || v === undefined) return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(String(v)) ? 'Error' : 'String';
}

function copiaBloque<T>(m: ReadonlyArray<ReadonlyArray<T | undefined>>, f0: number, c0: number, nf: number, nc: number, vacio: T): T[][] {
  return Array.from({ length: nf }, (_, i) => Array.from({ length: nc }, (_, j) => m[f0 + i]?.[c0 + j] ?? vacio));
}

/** "F12", "A1:C3", "A:K", "12:12" → 0-based corner and size (whole columns/rows up to the used edge). */
function analizar(dir: string, maxF: number, maxC: number): { f0: number; c0: number; nf: number; nc: number } {
  const filas = /^(\d+):(\d+)$/.exec(dir);
  if (filas) return { f0: Number(filas[1]) - 1, c0: 0, nf: Number(filas[2]) - Number(filas[1]) + 1, nc: Math.max(1, maxC) };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(dir);
  if (cols) {
    const a = indiceColumna(cols[1] as string) as number;
    const b = indiceColumna(cols[2] as string) as number;
    return { f0: 0, c0: a, nf: Math.max(1, maxF), nc: b - a + 1 };
  }
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(dir);
  if (!m) throw new Error(`dirección no modelada: ${dir}`);
  const c0 = indiceColumna(m[1] as string) as number;
  const f0 = Number(m[2]) - 1;
  const c1 = m[3] ? (indiceColumna(m[3]) as number) : c0;
  const f1 = m[4] ? Number(m[4]) - 1 : f0;
  return { f0, c0, nf: f1 - f0 + 1, nc: c1 - c0 + 1 };
}

export class LibroSimulado {
  syncs = 0;
  loads = 0;
  /** Cells of the person's sheets that a write reached while not empty. */
  readonly sobrescrituras: string[] = [];
  seleccion: string | null = null;
  activa: string;
  readonly hojas = new Map<string, HojaModelo>();
  readonly tablas: TablaInicial[] = [];
  readonly ajustes = new Map<string, unknown>();
  readonly formatosCondicionales: FormatoCondicionalSimulado[] = [];
  readonly graficos: GraficoSimulado[] = [];
  readonly tablasNuevas: TablaNueva[] = [];
  calculoSuspendido = 0;
  readonly nombre: string;
  readonly contexto: Mock;

  private readonly rangos: Array<{ mock: Mock; meta: RangoMeta }> = [];
  private readonly mocks: Mock[] = [];
  /** Address of each range mock, known to the model without a load (Excel knows it too). */
  private readonly direcciones = new WeakMap<object, string>();

  constructor(o: OpcionesLibroSimulado) {
    for (const h of o.hojas) {
      this.hojas.set(h.nombre, {
        nombre: h.nombre,
        celdas: h.celdas.map((f) => [...f]),
        formatos: (h.formatos ?? []).map((f) => [...f]),
        textos: (h.textos ?? []).map((f) => [...f]),
        original: true,
        combinadas: h.combinadas ?? [],
      });
    }
    for (const t of o.tablas ?? []) this.tablas.push({ ...t });
    for (const [k, v] of Object.entries(o.ajustes ?? {})) this.ajustes.set(k, v);
    this.activa = o.activa ?? o.hojas[0]?.nombre ?? 'Hoja1';
    this.nombre = o.nombre ?? 'Libro1.xlsx';
    this.contexto = this.crearContexto();
  }

  /** Values of a sheet as the model holds them now. */
  valores(hoja: string): unknown[][] {
    return this.hojas.get(hoja)?.celdas ?? [];
  }

  /** The cell as written (0-based), for assertions. */
  celda(hoja: string, fila: number, columna: number): unknown {
    return this.hojas.get(hoja)?.celdas[fila]?.[columna];
  }

  formato(hoja: string, fila: number, columna: number): string | undefined {
    return this.hojas.get(hoja)?.formatos[fila]?.[columna];
  }

  private mock(datos: Datos): Mock {
    const cargar = OfficeMockObject.prototype.load;
    const m = new OfficeMockObject({
      ...datos,
      load: (p?: string | string[]) => {
        this.loads++;
        const props = typeof p === 'string' ? p.split(',').map((s) => s.trim()) : (p ?? []);
        const propias = props.filter((x) => !x.startsWith('items/'));
        if ('isNullObject' in datos && !propias.includes('isNullObject')) propias.push('isNullObject');
        if (propias.length > 0) cargar.call(m, propias);
        return m;
      },
    }) as Mock;
    this.mocks.push(m);
    return m;
  }

  private anchoUsado(h: HojaModelo): { filas: number; columnas: number; f0: number; c0: number } | null {
    let f0 = Infinity;
    let c0 = Infinity;
    let f1 = -1;
    let c1 = -1;
    h.celdas.forEach((fila, i) =>
      fila.forEach((v, j) => {
        if (v === '' || v === null || v === undefined) return;
        f0 = Math.min(f0, i);
        c0 = Math.min(c0, j);
        f1 = Math.max(f1, i);
        c1 = Math.max(c1, j);
      }),
    );
    return f1 < 0 ? null : { f0, c0, filas: f1 - f0 + 1, columnas: c1 - c0 + 1 };
  }

  private rango(hoja: string, f0: number, c0: number, nf: number, nc: number): Mock {
    const h = this.hojas.get(hoja);
    if (!h) throw new Error(`hoja inexistente: ${hoja}`);
    const valores = copiaBloque(h.celdas, f0, c0, nf, nc, '' as unknown);
    const formatos = copiaBloque(h.formatos, f0, c0, nf, nc, 'General');
    const textos = valores.map((fila, i) => fila.map((v, j) => h.textos[f0 + i]?.[c0 + j] ?? (v === null || v === undefined ? '' : String(v))));
    const ini = `${letraColumna(c0)}${f0 + 1}`;
    const fin = `${letraColumna(c0 + nc - 1)}${f0 + nf}`;
    const address = `${prefijoHoja(hoja)}!${nf === 1 && nc === 1 ? ini : `${ini}:${fin}`}`;
    const combinadas = h.combinadas.filter((dir) => {
      const a = analizar(dir, 1, 1);
      return a.f0 >= f0 && a.c0 >= c0 && a.f0 + a.nf <= f0 + nf && a.c0 + a.nc <= c0 + nc;
    });
    const mock = this.mock({
      values: valores,
      text: textos,
      valueTypes: valores.map((fila) => fila.map(tipoDeValor)),
      getMergedAreasOrNullObject: () =>
        combinadas.length === 0 ? this.mock({ isNullObject: true, address: '' }) : this.mock({ isNullObject: false, address: combinadas.map((d) => `${prefijoHoja(hoja)}!${d}`).join(', ') }),
      numberFormat: formatos,
      address,
      rowIndex: f0,
      columnIndex: c0,
      rowCount: nf,
      columnCount: nc,
      isNullObject: false,
      format: { font: { bold: false, size: 11, color: '#000000' }, fill: { color: '' }, autofitColumns() {} },
      conditionalFormats: {
        add: (tipo: string) => {
          const cf: FormatoCondicionalSimulado = { hoja, direccion: address, tipo, textComparison: { format: { fill: {}, font: {} }, rule: null } };
          this.formatosCondicionales.push(cf);
          return cf;
        },
      },
      getRow: (i: number) => this.rango(hoja, f0 + i, c0, 1, nc),
      getResizedRange: (df: number, dc: number) => this.rango(hoja, f0, c0, nf + df, nc + dc),
      getCell: (i: number, j: number) => this.rango(hoja, f0 + i, c0 + j, 1, 1),
      select: () => {
        this.seleccion = address;
      },
    });
    this.rangos.push({ mock, meta: { hoja, f0, c0, nf, nc, valores, formatos } });
    this.direcciones.set(mock, address);
    return mock;
  }

  private nulo(): Mock {
    return this.mock({ isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
  }

  private hojaMock(nombre: string): Mock {
    const h = () => {
      const x = this.hojas.get(nombre);
      if (!x) throw new Error(`hoja inexistente: ${nombre}`);
      return x;
    };
    const usado = () => {
      const u = this.anchoUsado(h());
      return u ? this.rango(nombre, u.f0, u.c0, u.filas, u.columnas) : null;
    };
    return this.mock({
      name: nombre,
      isNullObject: false,
      getUsedRangeOrNullObject: () => usado() ?? this.nulo(),
      getUsedRange: () => {
        const u = usado();
        if (!u) throw new Error('ItemNotFound: la hoja está vacía');
        return u;
      },
      getRange: (dir: string) => {
        const u = this.anchoUsado(h());
        const a = analizar(dir, u ? u.f0 + u.filas : 1, u ? u.c0 + u.columnas : 1);
        return this.rango(nombre, a.f0, a.c0, a.nf, a.nc);
      },
      activate: () => {
        this.activa = nombre;
      },
      tables: {
        add: (direccion: string, _conEncabezados: boolean) => {
          const t: TablaNueva = { hoja: nombre, direccion, name: undefined, style: undefined, aplicada: false };
          this.tablasNuevas.push(t);
          return t;
        },
      },
      charts: {
        add: (tipo: string, origen: Mock, serie: string) => {
          const g: GraficoSimulado = { hoja: nombre, tipo, origen: this.direcciones.get(origen) ?? '?', serie, title: { text: '' }, posicion: null };
          const conPosicion = Object.assign(g, {
            setPosition(a: string, b?: string) {
              g.posicion = [a, b];
            },
          });
          this.graficos.push(conPosicion);
          return conPosicion;
        },
      },
    });
  }

  private tablaMock(t: TablaInicial): Mock {
    return this.mock({
      name: t.nombre,
      worksheet: { name: t.hoja },
      getRange: () => this.rango(t.hoja, t.fila0, t.columna0, t.filas, t.columnas),
    });
  }

  private coleccion(items: () => Mock[], extra: Datos): Mock {
    const col = this.mock({ items: [], ...extra });
    // A collection's load("items/name,items/worksheet/name") loads the items and those properties of each.
    col.load = ((p?: string | string[] | Datos) => {
      this.loads++;
      const lista = items();
      (col as unknown as { setValue(n: string, v: unknown): void }).setValue('items', lista);
      OfficeMockObject.prototype.load.call(col, 'items');
      const sub = (typeof p === 'string' ? p : '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.startsWith('items/'))
        .map((s) => s.slice(6));
      for (const it of lista) {
        for (const s of sub) {
          const partes = s.split('/');
          const destino = partes.length === 1 ? it : (it[partes[0] as string] as OfficeMockObject);
          OfficeMockObject.prototype.load.call(destino, partes[partes.length - 1] as string);
        }
      }
      return col;
    }) as Mock['load'];
    return col;
  }

  private crearContexto(): Mock {
    const hojas = this.coleccion(() => [...this.hojas.keys()].map((n) => this.hojaMock(n)), {
      getItem: (n: string) => {
        if (!this.hojas.has(n)) throw new Error(`ItemNotFound: ${n}`);
        return this.hojaMock(n);
      },
      getActiveWorksheet: () => this.hojaMock(this.activa),
      add: (n: string) => {
        if ([...this.hojas.keys()].some((x) => x.toLowerCase() === n.toLowerCase())) throw new Error(`ItemAlreadyExists: la hoja «${n}» ya existe`);
        this.hojas.set(n, { nombre: n, celdas: [], formatos: [], textos: [], original: false, combinadas: [] });
        return this.hojaMock(n);
      },
    });
    const tablas = this.coleccion(() => this.tablas.map((t) => this.tablaMock(t)), {
      getItem: (n: string) => {
        const t = this.tablas.find((x) => x.nombre === n);
        if (!t) throw new Error(`ItemNotFound: ${n}`);
        return this.tablaMock(t);
      },
    });
    const ajustes = this.mock({
      getItemOrNullObject: (k: string) =>
        this.ajustes.has(k) ? this.mock({ key: k, value: this.ajustes.get(k), isNullObject: false }) : this.mock({ key: k, value: undefined, isNullObject: true }),
      add: (k: string, v: unknown) => {
        this.ajustes.set(k, v);
        return {};
      },
    });
    const contexto = new OfficeMockObject({
      workbook: { name: this.nombre },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          this.calculoSuspendido++;
        },
      },
      sync: async () => {
        this.syncs++;
        this.aplicarEscrituras();
        for (const m of this.mocks) await m.sync();
        // workbook.name: a property of the context's own workbook object, loaded like any other.
        await (contexto.workbook as unknown as OfficeMockObject).sync();
        // office-addin-mock updates parents in microtasks; let them run before the caller continues.
        await new Promise((r) => setTimeout(r, 0));
        for (const r of this.rangos) {
          r.meta.valores = r.mock.values;
          r.meta.formatos = r.mock.numberFormat;
        }
      },
    }) as Mock;
    const wb = contexto.workbook as Record<string, unknown>;
    wb.worksheets = hojas;
    wb.tables = tablas;
    wb.settings = ajustes;
    return contexto;
  }

  private aplicarEscrituras(): void {
    for (const { mock, meta } of this.rangos) {
      const h = this.hojas.get(meta.hoja);
      if (!h) continue;
      const v = mock.values;
      if (Array.isArray(v) && v !== meta.valores) {
        (v as unknown[][]).forEach((fila, i) =>
          fila.forEach((x, j) => {
            const f = meta.f0 + i;
            const c = meta.c0 + j;
            const previo = h.celdas[f]?.[c];
            if (h.original && previo !== undefined && previo !== '' && previo !== null) this.sobrescrituras.push(`${h.nombre}!${letraColumna(c)}${f + 1}`);
            (h.celdas[f] ??= [])[c] = x;
          }),
        );
        meta.valores = v;
      }
      const nf = mock.numberFormat;
      if (Array.isArray(nf) && nf !== meta.formatos) {
        (nf as string[][]).forEach((fila, i) => fila.forEach((x, j) => ((h.formatos[meta.f0 + i] ??= [])[meta.c0 + j] = x)));
        meta.formatos = nf;
      }
    }
    for (const t of this.tablasNuevas) {
      if (t.aplicada) continue;
      const nombre = t.name ?? `Tabla${this.tablas.length + 1}`;
      if (this.tablas.some((x) => x.nombre.toLowerCase() === nombre.toLowerCase())) throw new Error(`ItemAlreadyExists: la tabla «${nombre}» ya existe`);
      const a = analizar(t.direccion, 1, 1);
      this.tablas.push({ nombre, hoja: t.hoja, fila0: a.f0, columna0: a.c0, filas: a.nf, columnas: a.nc });
      t.aplicada = true;
    }
  }
}
