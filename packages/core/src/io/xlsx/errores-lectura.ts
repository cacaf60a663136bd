/**
 * The errors of a workbook that cannot be read, shared by every environment (Node's worker thread and the
 * browser's page): a damaged part, a read that does not finish. Each tells the person what to do.
 */
import type { ErrorDato, Idioma } from '../../schema/types.js';
import { Diagnostico } from './diagnostico.js';
import type { MotivoParteDanada } from './zip-contenido.js';
import { formatearNumero } from '../../format/numero.js';

export const QUE_HACER = {
  es: 'El archivo parece dañado: ábralo en Excel y guárdelo de nuevo (Archivo › Guardar como › Libro de Excel .xlsx), o descárguelo otra vez.',
  en: 'The file seems damaged: open it in Excel and save it again (File › Save As › Excel Workbook .xlsx), or download it again.',
};

type Origen = { archivo?: string; lang?: Idioma };

/**
 * `libro_sin_respuesta`: the read was cut after `limite` ms. `opcionTiempo: false` leaves out the hint about
 * the lecturaXlsx option (for pages where the person cannot set it).
 */
export function errorSinRespuesta(limite: number, o: Origen & { opcionTiempo?: boolean }): ErrorDato[] {
  const d = new Diagnostico(o.archivo, o.lang ?? 'es');
  const s = formatearNumero(limite / 1000, { lang: d.lang, decimales: 1 });
  d.error({
    codigo: 'libro_sin_respuesta',
    valor: d.t(`la lectura no terminó en ${s} s`, `reading did not finish in ${s} s`),
    esperado: d.t('un libro de Excel que se pueda leer', 'a workbook that can be read'),
    detalle:
      o.opcionTiempo === false
        ? d.t(QUE_HACER.es, QUE_HACER.en)
        : d.t(
            `${QUE_HACER.es} Si es un libro muy grande y sano, dé más tiempo (opción lecturaXlsx: pisoMs, msPorMB).`,
            `${QUE_HACER.en} If it is a very large, healthy workbook, allow more time (option lecturaXlsx: pisoMs, msPorMB).`,
          ),
  });
  return d.cerrar().errores;
}

const POR_QUE: Record<MotivoParteDanada, { es: string; en: string }> = {
  inflado: { es: '', en: '' },
  cortada: { es: 'El archivo termina antes que esa parte. ', en: 'The file ends before that part does. ' },
  tamano: { es: 'Descomprimida no da el tamaño que el ZIP declara. ', en: 'Decompressed, it does not give the size the ZIP declares. ' },
  crc: { es: 'Su contenido no coincide con el control (CRC) que el ZIP declara. ', en: 'Its content does not match the checksum (CRC) the ZIP declares. ' },
};

/** `libro_ilegible` naming the part of the ZIP that does not decompress to what the ZIP declares, and why. */
export function errorParteDanada(parte: string, motivo: MotivoParteDanada, o: Origen): ErrorDato[] {
  const d = new Diagnostico(o.archivo, o.lang ?? 'es');
  const m = POR_QUE[motivo];
  d.error({
    codigo: 'libro_ilegible',
    valor: d.t(`la parte «${parte}» del archivo no se puede descomprimir`, `the part '${parte}' of the file cannot be decompressed`),
    esperado: d.t('un libro de Excel que se pueda leer', 'a workbook that can be read'),
    detalle: d.t(m.es + QUE_HACER.es, m.en + QUE_HACER.en),
  });
  return d.cerrar().errores;
}
