import * as z from 'zod/mini';
import { planSchema, VERSION_ESQUEMA } from './plan.js';

/** The plan model as JSON Schema (draft 2020-12), for editors, other languages and the add-in. */
export function esquemaJson(): Record<string, unknown> {
  const s = z.toJSONSchema(planSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...s,
    $id: `https://tablero-pdd.github.io/esquema/plan-v${VERSION_ESQUEMA}.json`,
    title: 'Plan de Desarrollo Territorial — tablero-pdd',
    description:
      'Plan de una entidad territorial y su seguimiento. null = no reportado (distinto de 0); porcentajes como proporción (1 = 100\u00a0%); dinero en pesos.',
  };
}
