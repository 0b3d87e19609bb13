import { badRequest } from './error-answers.js';
import { emptyReply, jsonReply, type Reply } from './http-io.js';
import { link } from './links.js';

/**
 * Lists as the API pages them: `page` (1-based) and `pageSize` (at most 400). Without paging
 * parameters a list of more than 100 items answers 303 to its first page of 100, and a pageSize
 * over 400 answers 303 to the same page with 400, so clients must follow both.
 */

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 400;

export function listReply(selfUrl: string, items: readonly unknown[], query: URLSearchParams): Reply {
  const pageParam = query.get('page');
  const sizeParam = query.get('pageSize');
  if (pageParam === null && sizeParam === null) {
    if (items.length <= DEFAULT_PAGE_SIZE)
      return jsonReply(200, { list: items, links: [link(selfUrl, 'self')] });
    return emptyReply(303, { Location: pageUrl(selfUrl, 1, DEFAULT_PAGE_SIZE) });
  }
  const page = pageParam === null ? 1 : wholeNumber(pageParam);
  const size = sizeParam === null ? DEFAULT_PAGE_SIZE : wholeNumber(sizeParam);
  if (page === null || size === null) {
    throw badRequest('Invalid paging parameters', 'page and pageSize must be whole numbers >= 1');
  }
  if (size > MAX_PAGE_SIZE) return emptyReply(303, { Location: pageUrl(selfUrl, page, MAX_PAGE_SIZE) });
  const last = Math.max(1, Math.ceil(items.length / size));
  const links = [link(pageUrl(selfUrl, page, size), 'self')];
  if (page > 1) links.push(link(pageUrl(selfUrl, Math.min(page - 1, last), size), 'previous'));
  links.push(link(pageUrl(selfUrl, 1, size), 'first'));
  if (page < last) links.push(link(pageUrl(selfUrl, page + 1, size), 'next'));
  links.push(link(pageUrl(selfUrl, last, size), 'last'));
  return jsonReply(200, { list: items.slice((page - 1) * size, page * size), links });
}

function pageUrl(selfUrl: string, page: number, size: number): string {
  return `${selfUrl}?page=${page}&pageSize=${size}`;
}

function wholeNumber(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
