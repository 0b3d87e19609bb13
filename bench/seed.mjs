// The seed order's add-ons, read from the example manifest so benchmarks and the manifest agree.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const manifest = parse(readFileSync(new URL('../manifests/vps-virtuozzo.yaml', import.meta.url), 'utf8'));
const server = manifest.spec.products[0].services[0];

export const SEED_SERVER = server.serviceSpecification;
export const SEED_ADDONS = server.services.map((service) => service.serviceSpecification);
