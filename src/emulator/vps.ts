/**
 * The VPS Virtuozzo rules from the seed page: in a `core.plan.vps.virtuozzo.*` product the server
 * service (`core.vps.virtuozzo.server.*`) comes before any other service, and every other
 * `core.vps.virtuozzo.*` service is a child of (relatedTo) a server service of that product.
 */

export const VPS_SERVER_PATTERN = 'core.vps.virtuozzo.server.*';

export function isVpsPlan(productSpecId: string): boolean {
  return productSpecId.startsWith('core.plan.vps.virtuozzo.');
}

export function isVpsServer(serviceSpecId: string): boolean {
  return serviceSpecId.startsWith('core.vps.virtuozzo.server.');
}

export function isVpsAddon(serviceSpecId: string): boolean {
  return serviceSpecId.startsWith('core.vps.virtuozzo.') && !isVpsServer(serviceSpecId);
}
