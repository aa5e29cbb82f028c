/** Elements by the names a link can point at (`#name`): their `id`, or an `<a name>`. */
export type ElementIndex = Map<string, Element>;

/** Every element under `root` a `#name` link can point at, by name (the first of each name); a heading's anchor counts as its name. */
export function indexTargets(root: ParentNode): ElementIndex {
  const index: ElementIndex = new Map();
  for (const element of Array.from(root.querySelectorAll('[id], a[name], [data-anchor]'))) {
    const names = [
      element.getAttribute('id'),
      element.localName === 'a' ? element.getAttribute('name') : null,
      element.getAttribute('data-anchor'),
    ];
    for (const name of names) {
      if (name && !index.has(name)) index.set(name, element);
    }
  }
  return index;
}

/** The name an in-page `href` points at (`#part-2` → `part-2`, percent-escapes decoded), or null. */
export function fragmentOf(href: string): string | null {
  const match = /^#(.+)$/.exec(href.trim());
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
