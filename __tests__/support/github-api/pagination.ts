// GitHub's page-number pagination: per_page defaults to 30 and is capped at 100, pages beyond the
// last are empty, and the Link header names prev/next/last/first. GitHub writes repository-scoped
// links as /repositories/{id}/..., so a client must follow them as given rather than rebuild URLs.

export interface Page<T> {
  items: T[];
  link?: string;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

export function paginate<T>(all: T[], query: Record<string, string>, linkBase: string): Page<T> {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE));
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  if (lastPage === 1) return { items };

  const href = (n: number) => {
    const params = new URLSearchParams(query);
    params.set('page', String(n));
    return `<${linkBase}?${params.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${href(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) rels.push(`${href(page + 1)}; rel="next"`, `${href(lastPage)}; rel="last"`);
  if (page > 1) rels.push(`${href(1)}; rel="first"`);
  return { items, link: rels.join(', ') };
}
