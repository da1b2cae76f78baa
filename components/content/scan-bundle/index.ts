/** The scanning bundle's entry (entrypoints/content-scan.ts; contract.ts says why it is a bundle). */
import { portDetectService } from '../detect-port.ts';
import { startSession } from '../session.ts';
import type { StartScanning } from './contract.ts';

export const startScanning: StartScanning = (doc, { connect, sendOnce, ...deps }) =>
  startSession(doc, { ...deps, detector: portDetectService(connect, sendOnce) });
