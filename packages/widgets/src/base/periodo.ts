import type { Periodo } from '@tablero-pdd/core';

/** Reads the `periodo` attribute: "2024-2025", "2024–2025" or "2025". null when absent or unreadable. */
export function leerPeriodo(texto: string | undefined | null): Periodo | null {
  const m = texto?.trim().match(/^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/);
  if (!m) return null;
  const desde = Number(m[1]);
  const hasta = m[2] ? Number(m[2]) : desde;
  return hasta >= desde ? { desde, hasta } : null;
}
