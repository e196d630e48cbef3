import path from 'node:path';

/**
 * `apis/shop/openapi.yaml` → `apis-shop-openapi`: a name per spec for what is generated from it, so
 * two specs never write one file. A spec named by an absolute path (outside the workspace) is named
 * by its file alone.
 */
export function specSlug(specPath: string): string {
  const stem = (path.isAbsolute(specPath) ? path.basename(specPath) : specPath)
    .replace(/\.(ya?ml|json)$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return stem || 'api';
}
