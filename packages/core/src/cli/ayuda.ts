/** Help of `pdd`, in Spanish (default) and English (--lang en). */
import type { Idioma } from '../schema/types.js';
import type { Comando } from './argumentos.js';

interface TextoAyuda {
  uso: string;
  descripcion: string;
  opciones?: string[];
}

const ENTRADA_ES = [
  '--entidad NOMBRE --divipola CÓDIGO   entidad, si el archivo no la trae (CSV sin «Entidad», libro propio sin título)',
  '--plan NOMBRE                        nombre del plan, si el archivo no lo trae',
  '--corte 2024-2025                    periodo del informe, si el CSV no trae la columna «Corte»',
  '--mapeo mapeo.json                   libros propios: encabezado → campo, hojas y fila del encabezado (docs/importar.md)',
  '--formato-xlsx auto|sispt|dnp|casero cómo leer un libro (predeterminado: auto, por los nombres de las hojas)',
];
const ENTRADA_EN = [
  '--entidad NAME --divipola CODE       entity, when the file does not carry it (CSV without "Entidad", home-made workbook without a title)',
  '--plan NAME                          plan name, when the file does not carry it',
  '--corte 2024-2025                    reporting span, when the CSV has no "Corte" column',
  '--mapeo mapeo.json                   home-made workbooks: header → field, sheets and header row (docs/importar.md)',
  '--formato-xlsx auto|sispt|dnp|casero how to read a workbook (default: auto, by the sheet names)',
];

const PARTE_ES = [
  '--nivel CÓDIGO          solo ese nivel y lo que cuelga de él (p. ej. L1.C1.A2)',
  '--secretaria NOMBRE     solo las metas de esa secretaría (con --nivel, las de esa rama); sin las filas de los niveles que comparte con otras',
  '--meta CÓDIGO           solo esa meta (manda sobre --nivel y --secretaria)',
];
const PARTE_EN = [
  '--nivel CODE            only that level and what hangs from it (e.g. L1.C1.A2)',
  '--secretaria NAME       only the metas of that secretaría (with --nivel, those of that branch); without the rows of levels it shares with others',
  '--meta CODE             only that meta (wins over --nivel and --secretaria)',
];

const COMANDOS: Record<Idioma, Record<Exclude<Comando, 'ayuda'>, TextoAyuda>> = {
  es: {
    importar: {
      uso: 'pdd importar ARCHIVO… --salida plan.json [--mapeo mapeo.json] [--forzar]',
      descripcion:
        'Importa uno o varios archivos de la misma entidad (export de SisPT, Informe de Seguimiento del DNP, libro propio, JSON o CSV), los une por código de meta en un solo plan, lo escribe validado e imprime el informe: entidad, plan, niveles, metas, años, fuentes, filas omitidas y por qué, conflictos entre archivos.',
      opciones: ['--salida F              plan de salida (.json, o .csv para la plantilla); no se sobrescribe sin --forzar', ...ENTRADA_ES],
    },
    validar: {
      uso: 'pdd validar ARCHIVO…',
      descripcion: 'Valida uno o varios archivos (JSON del plan, CSV de la plantilla o libro de Excel) y lista cada error con archivo, fila, columna, valor encontrado y lo esperado.',
      opciones: ENTRADA_ES,
    },
    resumen: {
      uso: 'pdd resumen ARCHIVO [--nivel CÓDIGO] [--secretaria NOMBRE] [--meta CÓDIGO]',
      descripcion: 'Resumen legible: entidad, plan, corte, metas, cumplimiento y avance promedio, inversión por fuente, beneficiarios, semáforo, tabla por nivel, afirmaciones del informe frente a sus metas y principales discrepancias. Con --nivel, --secretaria o --meta, el de esa parte del plan, sin las filas de los niveles que tienen también otras metas (contarían solo parte de ellas).',
      opciones: ['--metodo iguales|declarados|inversion   pesos de la consolidación por nivel (predeterminado: iguales)', '--periodo 2024-2025                     periodo (predeterminado: el corte del plan)', ...PARTE_ES, ...ENTRADA_ES],
    },
    niveles: {
      uso: 'pdd niveles ARCHIVO [--metodo iguales|declarados|inversion] [--periodo 2024-2025] [--nivel CÓDIGO] [--secretaria NOMBRE]',
      descripcion: 'La tabla por nivel del plan (la que el informe dejó vacía): metas, programado, cumplimiento y avance de cada nodo, con el método de pesos.',
      opciones: ['--metodo iguales|declarados|inversion   pesos (predeterminado: iguales)', '--periodo 2024-2025                     periodo (predeterminado: el corte del plan)', ...PARTE_ES.slice(0, 2), ...ENTRADA_ES],
    },
    conciliar: {
      uso: 'pdd conciliar ARCHIVO [--nivel CÓDIGO] [--secretaria NOMBRE] [--meta CÓDIGO]',
      descripcion: 'Lista las cifras que el informe imprimió y no coinciden con lo que se calcula de los insumos, con su causa probable.',
      opciones: [...PARTE_ES, ...ENTRADA_ES],
    },
    exportar: {
      uso: 'pdd exportar ARCHIVO --formato json|csv [--salida F] [--forzar]',
      descripcion: 'Convierte el plan a JSON canónico o al CSV de la plantilla. Sin --salida escribe en la salida estándar.',
      opciones: ['--formato json|csv      formato de salida (predeterminado: el de la extensión de --salida, si no json)', '--salida F              archivo de salida (no se sobrescribe sin --forzar)', '--separador ;|,|tab     separador del CSV (predeterminado «;»)', ...ENTRADA_ES],
    },
    plantilla: {
      uso: 'pdd plantilla [--salida F] [--anios 2024-2027] [--forzar]',
      descripcion: 'Escribe la plantilla CSV vacía (solo encabezados); ver docs/plantilla-csv.md. Con --lang en, encabezados en inglés.',
      opciones: ['--salida F              archivo de salida (no se sobrescribe sin --forzar)', '--anios 2024-2027       años con columnas «Programado/Ejecutado/Inversión»', '--separador ;|,|tab     separador (predeterminado «;»)'],
    },
    esquema: {
      uso: 'pdd esquema [--salida F] [--forzar]',
      descripcion: 'Escribe el JSON Schema del modelo del plan.',
      opciones: ['--salida F              archivo de salida (no se sobrescribe sin --forzar)'],
    },
  },
  en: {
    importar: {
      uso: 'pdd importar FILE… --salida plan.json [--mapeo mapeo.json] [--forzar]',
      descripcion:
        "Imports one or more files of the same entity (SisPT export, DNP's Informe de Seguimiento, home-made workbook, JSON or CSV), merges them by meta code into one plan, writes it validated and prints the report: entity, plan, levels, metas, years, sources, skipped rows and why, conflicts between files.",
      opciones: ['--salida F              output plan (.json, or .csv for the template); never overwritten without --forzar', ...ENTRADA_EN],
    },
    validar: {
      uso: 'pdd validar FILE…',
      descripcion: 'Validates one or more files (plan JSON, template CSV or Excel workbook) and lists every error with file, row, column, value found and what was expected.',
      opciones: ENTRADA_EN,
    },
    resumen: {
      uso: 'pdd resumen FILE [--nivel CODE] [--secretaria NAME] [--meta CODE]',
      descripcion: 'Readable summary: entity, plan, cut, metas, average compliance and progress, investment by source, beneficiaries, status bands, per-level table, the claims of the report against its metas and top discrepancies. With --nivel, --secretaria or --meta, that part of the plan, without the rows of levels that also hold other metas (they would count only some of them).',
      opciones: ['--metodo iguales|declarados|inversion   roll-up weights (default: iguales, equal)', '--periodo 2024-2025                     span (default: the plan cut)', ...PARTE_EN, ...ENTRADA_EN],
    },
    niveles: {
      uso: 'pdd niveles FILE [--metodo iguales|declarados|inversion] [--periodo 2024-2025] [--nivel CODE] [--secretaria NAME]',
      descripcion: "The plan's per-level table (the one the report left empty): metas, programmed, compliance and progress per node, with the weighting method.",
      opciones: ['--metodo iguales|declarados|inversion   weights (default: iguales, equal)', '--periodo 2024-2025                     span (default: the plan cut)', ...PARTE_EN.slice(0, 2), ...ENTRADA_EN],
    },
    conciliar: {
      uso: 'pdd conciliar FILE [--nivel CODE] [--secretaria NAME] [--meta CODE]',
      descripcion: 'Lists the figures the report printed that do not match what is computed from the inputs, with the likely cause.',
      opciones: [...PARTE_EN, ...ENTRADA_EN],
    },
    exportar: {
      uso: 'pdd exportar FILE --formato json|csv [--salida F] [--forzar]',
      descripcion: 'Converts the plan to canonical JSON or to the template CSV. Without --salida it writes to standard output.',
      opciones: ['--formato json|csv      output format (default: from the --salida extension, else json)', '--salida F              output file (never overwritten without --forzar)', '--separador ;|,|tab     CSV separator (default ";")', ...ENTRADA_EN],
    },
    plantilla: {
      uso: 'pdd plantilla [--salida F] [--anios 2024-2027] [--forzar]',
      descripcion: 'Writes the empty CSV template (headers only); see docs/plantilla-csv.md. With --lang en, English headers.',
      opciones: ['--salida F              output file (never overwritten without --forzar)', '--anios 2024-2027       years with "Programado/Ejecutado/Inversión" columns', '--separador ;|,|tab     separator (default ";")'],
    },
    esquema: {
      uso: 'pdd esquema [--salida F] [--forzar]',
      descripcion: "Writes the plan model's JSON Schema.",
      opciones: ['--salida F              output file (never overwritten without --forzar)'],
    },
  },
};

const COMUNES: Record<Idioma, string[]> = {
  es: ['--json          salida para máquinas (JSON) en todos los comandos', '--lang en       mensajes en inglés', '--ayuda, -h     esta ayuda'],
  en: ['--json          machine output (JSON) on every command', '--lang en       messages in English', '--ayuda, -h     this help'],
};

function bloque(titulo: string, lineas: string[]): string {
  return `${titulo}\n${lineas.map((l) => `  ${l}`).join('\n')}\n`;
}

export function textoAyuda(lang: Idioma, comando: Comando | null): string {
  const es = lang === 'es';
  if (comando && comando !== 'ayuda') {
    const c = COMANDOS[lang][comando];
    return (
      `${es ? 'Uso' : 'Usage'}: ${c.uso}\n\n${c.descripcion}\n\n` +
      (c.opciones?.length ? bloque(es ? 'Opciones:' : 'Options:', c.opciones) + '\n' : '') +
      bloque(es ? 'Opciones comunes:' : 'Common options:', COMUNES[lang])
    );
  }
  const lista = Object.values(COMANDOS[lang]).map((c) => `${c.uso}\n      ${c.descripcion}`);
  return (
    (es
      ? 'pdd — Tablero del Plan de Desarrollo Territorial: importa, valida, resume y convierte los datos de seguimiento del plan.\nLee JSON, CSV y libros de Excel (.xlsx, .xlsm, .xls, .ods: SisPT, Informe de Seguimiento del DNP, libros propios).\n\n'
      : 'pdd — Territorial Development Plan dashboard: imports, validates, summarises and converts plan follow-up data.\nReads JSON, CSV and Excel workbooks (.xlsx, .xlsm, .xls, .ods: SisPT, DNP Informe de Seguimiento, home-made).\n\n') +
    bloque(es ? 'Comandos:' : 'Commands:', lista) +
    '\n' +
    bloque(es ? 'Opciones comunes:' : 'Common options:', COMUNES[lang]) +
    '\n' +
    (es
      ? 'Códigos de salida: 0 correcto, 1 datos no válidos, 2 error de uso.\nMás ayuda: pdd COMANDO --ayuda. Formatos: docs/cli.md, docs/importar.md y docs/plantilla-csv.md.\n'
      : 'Exit codes: 0 success, 1 invalid data, 2 usage error.\nMore help: pdd COMMAND --ayuda. Formats: docs/cli.md, docs/importar.md and docs/plantilla-csv.md.\n')
  );
}
