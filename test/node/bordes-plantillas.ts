/**
 * The widgets' bundle minifies the HTML of every Lit template at build time (packages/widgets/vite.config.ts),
 * which trims the whitespace at the start and end of each template: a template that began with a space to
 * separate it from the text before it (html` · ${x}`) would lose that space. This finds such templates, so the
 * separator is written where it survives (in the enclosing template, or in a plain string).
 */
import ts from 'typescript';

export interface BordeConEspacio {
  linea: number;
  lado: 'inicio' | 'final';
  texto: string;
}

/** The html`` / svg`` templates of `codigo` whose first text starts, or whose last text ends, with whitespace. */
export function bordesConEspacio(codigo: string, archivo = 'x.ts'): BordeConEspacio[] {
  const sf = ts.createSourceFile(archivo, codigo, ts.ScriptTarget.Latest, true);
  const hallados: BordeConEspacio[] = [];
  const visitar = (n: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && (n.tag.text === 'html' || n.tag.text === 'svg')) {
      const t = n.template;
      const primero = ts.isNoSubstitutionTemplateLiteral(t) ? t.text : t.head.text;
      const ultimo = ts.isNoSubstitutionTemplateLiteral(t) ? t.text : (t.templateSpans[t.templateSpans.length - 1] as ts.TemplateSpan).literal.text;
      const linea = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      if (/^\s/.test(primero)) hallados.push({ linea, lado: 'inicio', texto: primero.slice(0, 40) });
      if (/\s$/.test(ultimo)) hallados.push({ linea, lado: 'final', texto: ultimo.slice(-40) });
    }
    ts.forEachChild(n, visitar);
  };
  visitar(sf);
  return hallados;
}
