/** Every deploy target by name. */
import { cloudRun } from './cloud-run.ts';
import { containerApps } from './container-apps.ts';
import { ecsExpress } from './ecs-express.ts';
import { heroku } from './heroku.ts';
import type { DeployTarget, DeployTargetName } from './target.ts';

export const deployTargets: Readonly<Record<DeployTargetName, DeployTarget>> = {
  'cloud-run': cloudRun,
  'container-apps': containerApps,
  'ecs-express': ecsExpress,
  heroku,
};
