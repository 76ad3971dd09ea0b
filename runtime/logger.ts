import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@aws-lambda-powertools/logger';
import type {
  ConstructorOptions,
  LogAttributes,
  LogItemExtraInput,
  LogItemMessage,
} from '@aws-lambda-powertools/logger/types';

const scopedKeys = new AsyncLocalStorage<LogAttributes>();

/**
 * Adds the keys of the current `withLogKeys` scope to every line. Records of an SQS batch run concurrently,
 * so keys appended to the shared logger would leak from one record into another's lines; an async scope
 * follows each record through everything it awaits.
 */
class ScopedLogger extends Logger {
  protected override createAndPopulateLogItem(
    logLevel: number,
    input: LogItemMessage,
    extraInput: LogItemExtraInput,
  ) {
    const keys = scopedKeys.getStore();
    // Leading, so that the line's own attributes (merged after it) win.
    const extra = keys ? ([keys, ...extraInput] as LogItemExtraInput) : extraInput;
    return super.createAndPopulateLogItem(logLevel, input, extra);
  }

  protected override createLogger(options?: ConstructorOptions): Logger {
    return new ScopedLogger(options);
  }
}

/** Structured JSON logs; service name and level come from POWERTOOLS_SERVICE_NAME / POWERTOOLS_LOG_LEVEL. */
export const logger = new ScopedLogger();

/** Runs `fn` with `keys` on every log line written inside it, and removes them when it ends. */
export function withLogKeys<T>(keys: LogAttributes, fn: () => T): T {
  return scopedKeys.run({ ...scopedKeys.getStore(), ...keys }, fn);
}
