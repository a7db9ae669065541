import type { IServerAdapter } from '@bull-board/api/typings/app';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import type { AdminRole } from '../auth/admin';

/** Where bull-board is mounted. */
export const QUEUE_BOARD_PATH = '/admin/queues';

interface Board {
  names: string;
  handle(req: Request, res: Response, next: NextFunction): void;
}

interface BoardModules {
  createBullBoard: typeof import('@bull-board/api').createBullBoard;
  BullMQAdapter: typeof import('@bull-board/api/bullMQAdapter').BullMQAdapter;
  ExpressAdapter: typeof import('@bull-board/express').ExpressAdapter;
}

let loaded: BoardModules | undefined;

/** bull-board (~25 MB of memory with its UI server) is loaded when the board is first opened, not at start. */
function boardModules(): BoardModules {
  /* eslint-disable @typescript-eslint/no-require-imports -- deferred on purpose, see above */
  loaded ??= {
    createBullBoard: (require('@bull-board/api') as typeof import('@bull-board/api')).createBullBoard,
    BullMQAdapter: (require('@bull-board/api/bullMQAdapter') as typeof import('@bull-board/api/bullMQAdapter')).BullMQAdapter,
    ExpressAdapter: (require('@bull-board/express') as typeof import('@bull-board/express')).ExpressAdapter,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return loaded;
}

function buildBoard(queues: readonly Queue[], readOnlyMode: boolean): Board {
  const { createBullBoard, BullMQAdapter, ExpressAdapter } = boardModules();
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: queues.map(
      (queue) => new BullMQAdapter(queue, { readOnlyMode, description: queue.name.startsWith('cb-') ? 'callback deliveries' : 'backend messages' }),
    ),
    // @bull-board/express pins its own, one patch older @bull-board/api; the interface is the same,
    // only TypeScript sees two declarations of it.
    serverAdapter: serverAdapter as unknown as IServerAdapter,
    options: { uiConfig: { boardTitle: readOnlyMode ? 'lgsp-sim (read-only)' : 'lgsp-sim' } },
  });
  const router = serverAdapter.getRouter() as (req: Request, res: Response, next: NextFunction) => void;
  return { names: queues.map((q) => q.name).join(','), handle: router };
}

/**
 * bull-board for job-level inspection: one board in read-only mode (no action buttons, and its
 * API refuses changes) for the read-only credential, one full board for the admin. Boards are built
 * on first use and again when the set of queues changes, since workers create queues at start.
 */
export function queueBoard(bullQueues: () => unknown[]) {
  const boards = new Map<AdminRole, Board>();
  return (req: Request, res: Response, next: NextFunction): void => {
    const role = (res.locals.adminRole as AdminRole | undefined) ?? 'readonly';
    const queues = bullQueues().filter((q): q is Queue => q instanceof Queue);
    const names = queues.map((q) => q.name).join(',');
    let board = boards.get(role);
    if (!board || board.names !== names) {
      board = buildBoard(queues, role === 'readonly');
      boards.set(role, board);
    }
    board.handle(req, res, next);
  };
}
