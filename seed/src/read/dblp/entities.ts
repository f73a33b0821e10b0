/**
 * Character entities of dblp.dtd. saxes reads no external DTD, so without this table every
 * `&ouml;` of a real DBLP file would be an error. The DTD defines the HTML 4 Latin-1 set
 * (code points 160 to 255, `micro` included); listing the names in code-point order keeps
 * the table short enough to check by eye.
 */
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

export const DBLP_ENTITIES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(LATIN1_NAMES.map((name, i) => [name, String.fromCodePoint(160 + i)])),
);

/**
 * Entities a hand-made excerpt declares in its own DOCTYPE (`<!ENTITY uuml "&#252;">`).
 * Only character values are kept: markup in an entity would change the document's shape.
 */
export function internalSubsetEntities(doctype: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of doctype.matchAll(/<!ENTITY\s+([A-Za-z][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
    const value = (match[2] ?? match[3] ?? '').replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) =>
      String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code)),
    );
    if (!/[<&]/.test(value) && match[1] !== undefined) found[match[1]] = value;
  }
  return found;
}
