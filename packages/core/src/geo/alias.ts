/**
 * Names people write for a municipality that are not DANE's official name (MGN 2018): short forms
 * ("Cúcuta" for SAN JOSÉ DE CÚCUTA) and older or longer forms ("Salazar de las Palmas" for SALAZAR).
 * Each alias points to ONE code: an alias never makes a name ambiguous by itself (a test checks that no
 * alias collides with another municipality's official name in the same department).
 *
 * Spelling mistakes are NOT aliases: "Cácuta" could be Cúcuta or Cácota, and guessing would put a
 * figure on the wrong map. Unknown names are reported with suggestions instead (see nombres.ts).
 */
export const ALIAS_MUNICIPIOS: ReadonlyArray<readonly [alias: string, codigo: string]> = [
  // Norte de Santander: spellings of the 2024–2025 rendición de cuentas and everyday short forms.
  ['Cúcuta', '54001'],
  ['Salazar de las Palmas', '54660'],
  // Capitals and large towns whose everyday name is shorter than the official one.
  ['Bogotá', '11001'],
  ['Santa Fe de Bogotá', '11001'],
  ['Cartagena', '13001'],
  ['Mompox', '13468'],
  ['Santa Cruz de Mompox', '13468'],
  ['San Juan de Pasto', '52001'],
  ['Tumaco', '52835'],
  ['Buga', '76111'],
  ['Mariquita', '73443'],
  ['Ubaté', '25843'],
  ['Tolú', '70820'],
  ['Santafé de Antioquia', '05042'],
  ['Carmen de Viboral', '05148'],
  ['Piendamó', '19548'],
  ['San Andrés Isla', '88001'],
];

/** Names people write for a department besides DANE's name (MGN 2018). */
export const ALIAS_DEPARTAMENTOS: ReadonlyArray<readonly [alias: string, codigo: string]> = [
  ['Bogotá', '11'],
  ['Distrito Capital', '11'],
  ['Valle', '76'],
  ['Guajira', '44'],
  ['San Andrés', '88'],
  ['San Andrés y Providencia', '88'],
  ['San Andrés, Providencia y Santa Catalina', '88'],
];
