// The native modules: each registers its factory here, called at start-up before any import.

import { registerNativeModule } from './registry';
import { internJs } from '../intern';
import { createMathModule } from './math';
import { createOperatorModule } from './operator';
import { createItertoolsModule } from './itertools';
import { createHeapqModule } from './heapq';
import { createBisectModule } from './bisect';
import { createRandomModule } from './random';
import { createTimeModule } from './time';
import { createWasmpyModule } from './wasmpy';
import { createOsModule } from './os';
import { createIoModule } from './iomodule';
import { createAsyncioModule } from './asyncio-native';
import { createJsModule } from './js';

export function registerNativeModules(): void {
  registerNativeModule(internJs('math'), createMathModule);
  registerNativeModule(internJs('operator'), createOperatorModule);
  registerNativeModule(internJs('itertools'), createItertoolsModule);
  registerNativeModule(internJs('heapq'), createHeapqModule);
  registerNativeModule(internJs('bisect'), createBisectModule);
  registerNativeModule(internJs('random'), createRandomModule);
  registerNativeModule(internJs('time'), createTimeModule);
  registerNativeModule(internJs('_wasmpy'), createWasmpyModule);
  registerNativeModule(internJs('_os'), createOsModule);
  registerNativeModule(internJs('_io'), createIoModule);
  registerNativeModule(internJs('_asyncio'), createAsyncioModule);
  registerNativeModule(internJs('_js'), createJsModule);
}
