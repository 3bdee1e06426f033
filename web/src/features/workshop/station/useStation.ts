import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { problemMessage } from '../../../components/problems';
import { useT, type Translate } from '../../../i18n/i18n';
import { navigate, useLocation } from '../../../router';
import { workshopApi } from '../api';
import type { Device, DeviceDetail, Lot, MoveBody } from '../types';
import type { FeedbackKind, FeedbackMessage } from './Feedback';
import { forgetStarted, readUndo, startedAtFor, writeUndo, type UndoableAction } from './memory';
import { stationPath, type Step } from './steps';

/** Plain-words advice for the refusals an operator meets at a station. */
function hintFor(error: unknown, t: Translate): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'CHECK_FOUR_EYES') return t('station.check.fourEyes');
  if (error.code === 'DEVICE_NOT_ERASED') return t('station.erasure.notAll');
  if (error.code === 'CHECK_FAILED') return t('station.check.failed');
  if (error.code === 'DEVICE_UNFIT') return t('station.diagnosis.unfit');
  const field = error.errors[0]?.message;
  return field && field !== error.title ? field : undefined;
}

export interface Station {
  slug: string;
  step: Step;
  detail: DeviceDetail | null;
  lot: Lot | null;
  startedAt: string | null;
  busy: boolean;
  feedback: FeedbackMessage | null;
  undo: UndoableAction | null;
  scan(value: string): void;
  /** Runs an action: busy while it runs, a refusal is shown plainly, the scan field gets the focus back. */
  run(action: () => Promise<void>): Promise<void>;
  move(body: Omit<MoveBody, 'station' | 'startedAt'>): Promise<void>;
  /** After a successful step: says so, offers the undo for one minute, waits for the next device. */
  finish(device: Device, eventId: string | null): void;
  reload(): Promise<void>;
  say(kind: FeedbackKind, text: string, hint?: string): void;
  undoLast(): void;
  expireUndo(): void;
  closeDevice(): void;
  setPrimary(action: (() => void) | null): void;
  focusScan(): void;
  scanRef: React.RefObject<HTMLInputElement | null>;
}

export function useStation(slug: string, step: Step): Station {
  const t = useT();
  const { query } = useLocation();
  const deviceId = query.get('device');
  const lotId = query.get('lot');
  const [detail, setDetail] = useState<DeviceDetail | null>(null);
  const [lot, setLot] = useState<Lot | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [undo, setUndo] = useState<UndoableAction | null>(() => readUndo(step));
  const scanRef = useRef<HTMLInputElement | null>(null);
  // What is already on screen, so that opening it from a scan does not load it a second time.
  const detailRef = useRef<DeviceDetail | null>(null);
  const lotRef = useRef<Lot | null>(null);
  detailRef.current = detail;
  lotRef.current = lot;
  const primary = useRef<(() => void) | null>(null);
  const counter = useRef(0);

  const say = useCallback((kind: FeedbackKind, text: string, hint?: string) => {
    counter.current += 1;
    setFeedback({ kind, text, hint, id: counter.current });
  }, []);
  const focusScan = useCallback(() => window.setTimeout(() => scanRef.current?.focus(), 0), []);

  const sayProblem = useCallback(
    (error: unknown) => say('error', problemMessage(error, t), hintFor(error, t)),
    [say, t],
  );

  // The device (or lot) named in the address: a reload comes back to the same screen.
  useEffect(() => {
    let live = true;
    if (!deviceId) setDetail(null);
    else if (detailRef.current?.device.id !== deviceId)
      workshopApi.device(slug, deviceId).then(
        (d) => live && setDetail(d),
        (e: unknown) => live && sayProblem(e),
      );
    return () => {
      live = false;
    };
  }, [slug, deviceId, sayProblem]);
  useEffect(() => {
    let live = true;
    if (!lotId) setLot(null);
    else if (lotRef.current?.id !== lotId)
      workshopApi.lot(slug, lotId).then(
        (l) => live && setLot(l),
        (e: unknown) => live && sayProblem(e),
      );
    return () => {
      live = false;
    };
  }, [slug, lotId, sayProblem]);

  const startedAt = deviceId ? startedAtFor(step, deviceId, false) : null;

  const open = useCallback(
    (params: Record<string, string>) => navigate(stationPath(step, params), { replace: true }),
    [step],
  );

  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      try {
        await action();
      } catch (e) {
        sayProblem(e);
      } finally {
        setBusy(false);
        focusScan();
      }
    },
    [sayProblem, focusScan],
  );

  const reload = useCallback(async () => {
    if (deviceId) setDetail(await workshopApi.device(slug, deviceId));
    if (lotId) setLot(await workshopApi.lot(slug, lotId));
  }, [slug, deviceId, lotId]);

  const scan = useCallback(
    (value: string) => {
      if (!value) {
        primary.current?.();
        return;
      }
      void run(async () => {
        say('info', t('station.searching'));
        try {
          const device = await workshopApi.deviceByTag(slug, value);
          startedAtFor(step, device.id, true);
          // The device is on screen before "found" is said: Enter then acts on it at once.
          const found = await workshopApi.device(slug, device.id);
          detailRef.current = found;
          setDetail(found);
          open(lotId ? { lot: lotId, device: device.id } : { device: device.id });
          say('success', t('station.found', { tag: device.assetTag }));
        } catch (e) {
          const notATag = e instanceof ApiError && (e.code === 'INVALID_ASSET_TAG' || e.code === 'DEVICE_NOT_FOUND');
          if (step !== 'reception' || !notATag) throw e;
          try {
            const found = await workshopApi.lotByReference(slug, value);
            lotRef.current = found;
            setLot(found);
            open({ lot: found.id });
            say('success', t('station.lotFound', { reference: found.reference }));
          } catch (lotError) {
            if (lotError instanceof ApiError && lotError.status === 404) {
              say('error', t('station.notFound', { value }), problemMessage(e, t));
            } else throw lotError;
          }
        }
      });
    },
    [run, say, t, slug, step, open, lotId],
  );

  const finish = useCallback(
    (device: Device, eventId: string | null) => {
      const state = t(`state.${device.state}`);
      if (eventId) {
        const action: UndoableAction = {
          deviceId: device.id,
          eventId,
          tag: device.assetTag,
          text: `${device.assetTag} → ${state}`,
          at: Date.now(),
        };
        writeUndo(step, action);
        setUndo(action);
      }
      forgetStarted(step);
      say('success', t('station.done', { tag: device.assetTag, state }), t('station.next'));
      open(lotId ? { lot: lotId } : {});
    },
    [step, t, say, open, lotId],
  );

  const move = useCallback(
    async (body: Omit<MoveBody, 'station' | 'startedAt'>) => {
      if (!detail) return;
      const res = await workshopApi.move(slug, detail.device.id, {
        ...body,
        station: step,
        ...(startedAt ? { startedAt } : {}),
      });
      finish(res.device, res.event.id);
    },
    [detail, slug, step, startedAt, finish],
  );

  const undoLast = useCallback(() => {
    const action = undo;
    if (!action) return;
    void run(async () => {
      const res = await workshopApi.undo(slug, action.deviceId, action.eventId);
      writeUndo(step, null);
      setUndo(null);
      startedAtFor(step, res.device.id, true);
      const back = await workshopApi.device(slug, res.device.id);
      detailRef.current = back;
      setDetail(back);
      open(lotId ? { lot: lotId, device: res.device.id } : { device: res.device.id });
      say('success', t('station.undone', { tag: res.device.assetTag, state: t(`state.${res.device.state}`) }));
    });
  }, [undo, run, slug, step, open, lotId, say, t]);

  const expireUndo = useCallback(() => {
    writeUndo(step, null);
    setUndo(null);
  }, [step]);

  const closeDevice = useCallback(() => open(lotId ? { lot: lotId } : {}), [open, lotId]);
  const setPrimary = useCallback((action: (() => void) | null) => {
    primary.current = action;
  }, []);

  return {
    slug,
    step,
    detail: detail && detail.device.id === deviceId ? detail : null,
    lot: lot && lot.id === lotId ? lot : null,
    startedAt,
    busy,
    feedback,
    undo,
    scan,
    run,
    move,
    finish,
    reload,
    say,
    undoLast,
    expireUndo,
    closeDevice,
    setPrimary,
    focusScan,
    scanRef,
  };
}
