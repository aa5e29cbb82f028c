import { useCallback, useEffect, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { Brief } from '../../shared/model/brief';
import type { RecoveryOffer } from '../../shared/recovery/recovery-draft';
import type { ToastMessage } from '../ui/Toast';
import type { OpenBriefApi } from '../brief/use-open-brief';
import { errorMessage } from '../format/error-message';
import { keptTimeLabel } from './format-time';
import { windowId } from './window-id';

export interface RecoveryOfferApi {
  /** The kept edits offered for the open brief (the newest), or null. */
  offer: RecoveryOffer | null;
  busy: boolean;
  error: string | null;
  recover: () => void;
  discard: () => void;
}

export interface RecoveryOfferOptions {
  api: BriefdeskApi;
  opened: OpenBriefApi;
  notify: (message: Omit<ToastMessage, 'id'>) => void;
  /** Called with the brief a recovery saved (to update the library and tell other windows). */
  onRecovered?: (brief: Brief) => void;
}

/**
 * Offers the unsaved edits Briefdesk kept for the brief just opened (from a
 * window that closed or crashed before saving them): Recover saves them as
 * the brief and shows them; Discard forgets them. One offer at a time, newest first.
 */
export function useRecoveryOffer({ api, opened, notify, onRecovered }: RecoveryOfferOptions): RecoveryOfferApi {
  const [offers, setOffers] = useState<RecoveryOffer[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = opened.current;
  const openId = current.kind === 'open' ? current.brief.id : null;

  useEffect(() => {
    setOffers([]);
    setError(null);
    if (openId === null) return undefined;
    let live = true;
    api.listRecoveries({ id: openId }).then(
      ({ offers: found, problems }) => {
        if (!live) return;
        setOffers(found.filter((offer) => offer.writer !== windowId));
        if (problems.length > 0) notify({ text: problems.join(' ') });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, openId, notify]);

  const offer = offers[0] ?? null;

  const recover = useCallback(() => {
    if (!offer || busy) return;
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        await opened.flush();
        const { brief, keptRevisionId } = await api.recoverDraft({ id: offer.id, writer: offer.writer });
        setOffers((list) => list.filter((other) => other !== offer));
        opened.replace(brief);
        onRecovered?.(brief);
        const when = keptTimeLabel(offer.stashedAt);
        notify({
          text: keptRevisionId
            ? `Recovered your unsaved changes from ${when}. The version they replaced is kept in the brief’s history.`
            : `Recovered your unsaved changes from ${when}.`,
        });
      } catch (failure) {
        setError(`Couldn’t recover these changes — ${errorMessage(failure)}`);
      } finally {
        setBusy(false);
      }
    })();
  }, [api, busy, notify, offer, onRecovered, opened]);

  const discard = useCallback(() => {
    if (!offer || busy) return;
    setBusy(true);
    setError(null);
    api.dropDraft({ id: offer.id, writer: offer.writer }).then(
      () => {
        setOffers((list) => list.filter((other) => other !== offer));
        setBusy(false);
      },
      (failure: unknown) => {
        setError(`Couldn’t discard these changes — ${errorMessage(failure)}`);
        setBusy(false);
      },
    );
  }, [api, busy, offer]);

  return { offer, busy, error, recover, discard };
}

/**
 * On start: which brief has the newest kept unsaved edits (to open it first),
 * once known. `checked` turns true when the answer is in (or the check failed).
 */
export function useStartupRecovery(
  api: BriefdeskApi,
  notify: (message: Omit<ToastMessage, 'id'>) => void,
): { checked: boolean; briefId: string | null } {
  const [state, setState] = useState<{ checked: boolean; briefId: string | null }>({ checked: false, briefId: null });
  useEffect(() => {
    let live = true;
    api.listRecoveries({}).then(
      ({ offers, problems }) => {
        if (!live) return;
        const briefs = [...new Set(offers.map((offer) => offer.id))];
        if (briefs.length > 1) {
          notify({ text: `Briefdesk kept unsaved changes to ${briefs.length} briefs. Open each one to recover or discard them.` });
        }
        if (problems.length > 0) notify({ text: problems.join(' ') });
        setState({ checked: true, briefId: briefs[0] ?? null });
      },
      () => {
        if (live) setState({ checked: true, briefId: null });
      },
    );
    return () => {
      live = false;
    };
  }, [api, notify]);
  return state;
}
