/** The name a schema gets from where it is written, when nothing else names it. */

/** `models/droplet.yml` → `droplet`; `#/components/schemas/Pet` → `Pet`; `#/$defs/Node` → `Node`. */
export function nameFromPlace(file: string, path: readonly string[]): string {
  const last = path.at(-1);
  if (last !== undefined && !/^\d+$/.test(last)) return last;
  const base = file.split(/[\\/]/).pop() ?? 'Schema';
  const stem = base.replace(/\.(ya?ml|json)$/i, '');
  return path.length === 0 ? stem : `${stem}_${path.join('_')}`;
}
