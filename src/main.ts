/**
 * The GitHub Action: inputs → event → analysis → verdict → annotations, job summary, outputs, pull request comment.
 * This is the one place that fails the step (`setFailed`): by the verdict of a finished run, or because the run
 * threw, in which case nothing it published says "no impact". The report comes from evaluating the change, from
 * merging partial reports (`reports`) or from an audit (`what-if`, `audit-policy`); a shard run (`shard-size`)
 * publishes its shards and stops there.
 */
import { relative, resolve } from 'node:path';
import type { ActionDeps } from './action/action-deps.js';
import { analyse, shardAccounts } from './action/analyse.js';
import { emitAnnotations, reportAnnotations } from './action/annotations.js';
import { commentIdentity, reportLinks } from './action/comment-body.js';
import { readEventContext } from './action/event-context.js';
import { debugEnabled, describeFailure } from './action/failure.js';
import { publishFailure, publishReport, publishShards, type PublishTarget } from './action/publish.js';
import { checkInputsForEvent, readInputs, resolveInputPaths } from './action/read-inputs.js';
import { decideVerdict, verdictMessage } from './action/verdict.js';

/** Runs the action with its ports. Never throws: every failure ends in `deps.setFailed`. */
export async function run(deps: ActionDeps): Promise<void> {
  let target: PublishTarget | undefined;
  try {
    const inputs = readInputs(deps.getInput);
    const event = readEventContext(await deps.readEvent(), deps.env);
    target = {
      event,
      identity: commentIdentity(inputs.workingDirectory),
      links: reportLinks(deps.env, event),
      // A shard run comments on nothing, not even its failure: the step that publishes the verdict does.
      comment: inputs.mode === 'shard' ? 'off' : inputs.comment,
      githubToken: inputs.githubToken,
    };
    checkInputsForEvent(inputs, event);
    const paths = await resolveInputPaths(inputs, deps.cwd, deps.files);

    if (inputs.mode === 'shard') {
      publishShards(deps, await shardAccounts(deps, inputs, paths, event), inputs.shardSize ?? 0);
      return;
    }
    const { report } = await analyse(deps, inputs, paths, event);
    const verdict = decideVerdict(report, inputs);

    // Causes name repository files, except an audit's policy file, which is named as the step gave it.
    const fileBase = inputs.mode === 'audit' ? deps.cwd : await deps.git.root(paths.repoDir).catch(() => paths.repoDir);
    const configFile = resolve(paths.repoDir, paths.config ?? '.github/iam-impact.yml');
    const annotateConfig = inputs.mode !== 'audit' && (await deps.files.kind(configFile)) === 'file';
    emitAnnotations(
      reportAnnotations(report, {
        workspacePath: (file) => relative(deps.cwd, resolve(fileBase, file)),
        ...(annotateConfig ? { configFile: relative(deps.cwd, configFile) } : {}),
        fullReport: `see the job summary${target.links.runUrl ? ` (${target.links.runUrl})` : ''}`,
      }),
      deps.log,
    );
    const files = await publishReport(deps, target, report, verdict);

    const where = `The full report is in the job summary and in ${files.reportPath}.`;
    const message = verdictMessage(verdict, inputs, where);
    if (verdict.failed) deps.setFailed(message);
    else deps.log.info(message);
  } catch (error) {
    const failure = describeFailure(error, debugEnabled(deps.env));
    if (failure.stack) deps.log.info(failure.stack);
    await publishFailure(deps, target, failure.text);
    deps.setFailed(failure.message);
  }
}
