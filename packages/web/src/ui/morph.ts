/**
 * Make `target`'s children equal to `html`, touching only what differs. The preview is re-rendered on every
 * change, but a keystroke changes one figure: replacing the whole table would make the browser restyle and
 * lay out hundreds of cells, a cost the next keystroke pays (the editor's next layout read waits for it).
 */
export function morphInto(target: Element, html: string): void {
  const template = document.createElement("template");
  template.innerHTML = html;
  morphChildren(target, template.content);
}

function morphChildren(target: Element | DocumentFragment, source: Element | DocumentFragment): void {
  const before = target.childNodes;
  const after = source.childNodes;
  if (before.length !== after.length || [...after].some((node, i) => !sameKind(before[i]!, node))) {
    target.replaceChildren(...[...after].map((node) => node.cloneNode(true)));
    return;
  }
  after.forEach((node, i) => {
    const current = before[i]!;
    if (node.nodeType === Node.ELEMENT_NODE) {
      morphAttributes(current as Element, node as Element);
      morphChildren(current as Element, node as Element);
    } else if (current.nodeValue !== node.nodeValue) {
      current.nodeValue = node.nodeValue;
    }
  });
}

function sameKind(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

function morphAttributes(target: Element, source: Element): void {
  for (const { name, value } of source.attributes) if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  for (const { name } of [...target.attributes]) if (!source.hasAttribute(name)) target.removeAttribute(name);
}
