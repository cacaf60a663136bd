/**
 * The 1,122 municipal DIVIPOLA codes (DANE, MGN 2018): a compact set for validation that does not carry
 * the names (see divipola-datos.ts for those). Stored as the gaps between consecutive codes in base 26,
 * one character per digit ('(' … 'A' the last digit, 'B' … '[' a digit that more follow): 1.4 kB instead
 * of 5.6 kB of concatenated digits, which the widgets' bundle carries. divipola-datos.ts pairs these codes
 * with the names. Generated from the MGN's municipal layer (test/node/divipola-mgn.test.ts compares every code
 * with it, and the test beside this file prints the string again from a list of codes); do not edit by hand.
 */
export const CODIGOS_COMPACTOS =
  'IL1)*91)+*****).,,</*+*0../-,-,,+*)*,::/1++>++26*8*>**+*++C(./)+,0,22367C)0-+/-.C6*C/+..5+05+3-*+,*)' +
  '),)*+,-/,/C5<-C*)*92:--/**+44*++*EE(DAD/,GAD@C?4+E.C+1*5C/C*,C32D=4D29EF<DZ@-@4224D6<C*@2>,<C.G(+/*8' +
  '2-9D/C-<<C)+,)*2++2-D,8<C,C(*C1=CR7=A,C2+*-/*+-9,C)2,,+***70++-)*.,*.,@,9++:-+/C,-)1+=*,:951*+/,3+./' +
  ',+**,1*,-0>0;)=3.06,+.+--,++@+95****)))2**40.***,*,*2+**+;::CR44C+0C4E0E<F,0C;1**C61:39D=*C31+F0E4.,' +
  'F<C*D5D,D+C81G@C@;F1:G5+C+D?G3=C*AA2</-D:C:C02:C31C*-=C.-:C6,7)7A4C3D;-+C89<->*4+=H(2*;57F3+C@24C;7D' +
  '=9C9D>C/<C:/E3C6<9EI,D733D<.6/F/C@D7*C;*C0D+7,..D>2*++,,F90C6CT*:8-5C/1,=++>++6/++*962=5*12*-**+***0' +
  '--+****/,C+,-10,,-;,.*C12+*)*7/-..-C304**+5C/,,-,D,:,+*1,3+-**,0,*.*0*.8***.3-,**+/5)CR2-;A?**>C272C' +
  ';C6-F/3C74-<C7,E/<7C;E/C852UO1-/+,.D(D*D>C4D*05C,0*;:E1<7..:+D4C;00E8=.**.D55EE2C0C9404H5E=C82G(E4I7' +
  '0;EE=C+?-EA1;8C652<C,G4E+,.,7C1D+793,5AD)H.<D[;-F(6C(D=+;.;9C(-/-<<C,C@F6-,58D>+++>CY8:+67C*,C)E7,+-' +
  '1+./2,***C)C,++C+**>+,-1../10C4/286<<-04C)1D--**.)*+=D6*C=+C=CR@*C>C>28+C:*C.98.-3D(C-+C,05/5D2:<*C/' +
  'C<D12+/C6?D-22CA+NB7F.;D0>D0C,E=D9E(C<E:EL?C:C,5E,G:D59C68F4>E2-CZ64/C-C(**31<37-0*-*/+39**.4.2--1*-' +
  '-<*13***+9@*/0414//4<,C,**<*16*?)*C6C66,.+**+87A27+/C6C1..-?CR6F-6E*3.1+*C,G-:3C:C17G90@.-,AC+C?+EG<' +
  '?*,544D-@,8C.912C.*-0C2C**+D,+C..4>=8C)00>C-.*C=,+0E.E./1+EE>;8-5C<1**1,,9E02+**AC-4C<5?+E8?C9C92.C>' +
  'D6E1-.3:.=*+HC@D4GAE*M-G7D.FU11-F.3+?D3-<58=72D?2<2W7J2E?K6)**H<.*+F)<CR@W9EQ;L*G4*?C,D:.,FAFAEH;O,N' +
  '0J4)))))F162H;DS/H,O4GAF/F0CR<V+E>G;';

const PRIMERO = 40; // '('
const BASE = 26;

/** The codes held in a compact string, ascending, five digits each. */
export function decodificarCodigos(compacto: string): string[] {
  const codigos: string[] = [];
  let codigo = 0;
  let salto = 0;
  for (let i = 0; i < compacto.length; i++) {
    const d = compacto.charCodeAt(i) - PRIMERO;
    salto = salto * BASE + (d % BASE);
    if (d < BASE) {
      codigo += salto;
      salto = 0;
      codigos.push(String(codigo).padStart(5, '0'));
    }
  }
  return codigos;
}

let conjunto: Set<string> | null = null;
let departamentos: Set<string> | null = null;

/** True when the five-digit code is a municipality in DANE's MGN 2018. */
export function esMunicipioDivipola(codigo: string): boolean {
  conjunto ??= new Set(decodificarCodigos(CODIGOS_COMPACTOS));
  return conjunto.has(codigo);
}

/** True when the two-digit code is a department (the first two digits of some municipality). */
export function esDepartamentoDivipola(codigo: string): boolean {
  departamentos ??= new Set(decodificarCodigos(CODIGOS_COMPACTOS).map((c) => c.slice(0, 2)));
  return /^\d{2}$/.test(codigo) && departamentos.has(codigo);
}
