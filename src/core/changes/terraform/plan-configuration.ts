/**
 * The plan's `configuration` section: the module tree as written, with each resource's expressions. It is what
 * tells where an unknown value comes from (`policy_arn = aws_iam_policy.x.arn` shows up as
 * `{"references": ["aws_iam_policy.x.arn", "aws_iam_policy.x"]}`), and whether an optional attribute such as
 * `managed_policy_arns` is set at all. Addresses inside a module are relative to it.
 */
import { configKey } from './plan-address.js';
import { isJson, type Json } from './plan-structure.js';

/** One module of the configuration. */
export interface ModuleConfig {
  /** Resource blocks by module-relative key (`aws_iam_role.r`, `data.aws_iam_policy_document.d`). */
  resources: Map<string, Json>;
  /** Module calls by name, with the expressions passed to the child's variables. */
  calls: Map<string, { expressions: Json; module: ModuleConfig }>;
  /** Output expressions by name. */
  outputs: Map<string, unknown>;
}

function readModule(raw: unknown): ModuleConfig {
  const module: ModuleConfig = { resources: new Map(), calls: new Map(), outputs: new Map() };
  if (!isJson(raw)) return module;
  for (const resource of Array.isArray(raw.resources) ? raw.resources : []) {
    if (!isJson(resource) || typeof resource.type !== 'string' || typeof resource.name !== 'string') continue;
    const mode = resource.mode === 'data' ? 'data' : 'managed';
    module.resources.set(configKey(mode, resource.type, resource.name), resource);
  }
  if (isJson(raw.module_calls)) {
    for (const [name, call] of Object.entries(raw.module_calls)) {
      if (!isJson(call)) continue;
      module.calls.set(name, {
        expressions: isJson(call.expressions) ? call.expressions : {},
        module: readModule(call.module),
      });
    }
  }
  if (isJson(raw.outputs)) {
    for (const [name, output] of Object.entries(raw.outputs)) {
      if (isJson(output)) module.outputs.set(name, output.expression);
    }
  }
  return module;
}

/** The configuration's module tree. Plans without a `configuration` section give an empty root. */
export class PlanConfiguration {
  /** The root module. */
  readonly root: ModuleConfig;
  /** True when the plan has a configuration section. */
  readonly present: boolean;

  constructor(plan: Json) {
    const configuration = plan.configuration;
    this.present = isJson(configuration) && isJson(configuration.root_module);
    this.root = readModule(isJson(configuration) ? configuration.root_module : undefined);
  }

  /** The module at a path of call names (`[]` for the root). */
  module(path: readonly string[]): ModuleConfig | undefined {
    let module: ModuleConfig | undefined = this.root;
    for (const name of path) module = module?.calls.get(name)?.module;
    return module;
  }

  /** A resource block's `expressions`, or undefined when the configuration does not have the resource. */
  expressions(path: readonly string[], key: string): Json | undefined {
    const resource = this.module(path)?.resources.get(key);
    if (!resource) return undefined;
    return isJson(resource.expressions) ? resource.expressions : {};
  }
}
