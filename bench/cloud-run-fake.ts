/**
 * The Cloud Run fake of the tests in a process of its own, so the deploy benchmark's CPU time is the
 * deploy's alone: prints its URLs as one JSON line, and stops its containers when told to (SIGTERM)
 * or when its parent's pipe closes.
 */
import { startCloudRunFake } from '../__tests__/support/clouds/cloud-run/server.ts';

export const benchToken = 'ya29.bench-access-token';

const fake = await startCloudRunFake({
  accessToken: benchToken,
  oidcToken: 'unused',
  workloadIdentityProvider: 'projects/1/locations/global/workloadIdentityPools/p/providers/p',
  serviceAccount: 'bench@bench-project.iam.gserviceaccount.com',
  operationPolls: 1,
});
const stop = () => void fake.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
console.log(JSON.stringify({ runApiUrl: fake.runApiUrl }));
