/**
 * The pane's «Parte del plan»: which node the summary sheet and the published element show. The node list
 * comes from core's level table (tree order and numbering as the report's).
 */
import { consolidarNiveles, type Plan } from '@tablero-pdd/core';

/** The choices of the pane's «Parte del plan»: the whole plan, then each node in tree order, indented by depth. */
export function opcionesParte(plan: Plan): Array<{ valor: string; texto: string }> {
  return [
    { valor: '', texto: 'Todo el plan' },
    ...consolidarNiveles(plan).filas.map((f) => ({
      valor: f.codigo,
      texto: `${'\u00a0\u00a0'.repeat(f.profundidad)}${f.numeracion} ${f.nombre ?? `${f.nombreNivel ?? 'Nivel'} ${f.codigo}`}`,
    })),
  ];
}
