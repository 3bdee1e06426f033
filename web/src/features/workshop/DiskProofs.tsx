import { Icon, type IconName } from '../../components/Icon';
import { useT } from '../../i18n/i18n';
import { formatSize } from './format';
import type { DiskProof, ProofStatus } from './types';

const proofIcon: Record<ProofStatus, IconName> = { proven: 'ok', failed: 'fail', missing: 'warning' };

/** One line per disk of the latest inventory: proof status by colour, pictogram and words. */
export function DiskProofs({ disks }: { disks: DiskProof[] }) {
  const t = useT();
  if (!disks.length) return <p className="empty-state">{t('station.erasure.noDisk')}</p>;
  return (
    <ul className="disk-proofs">
      {disks.map((d, i) => (
        <li key={`${d.disk.serial ?? d.disk.name ?? ''}-${i}`} className={`disk-proof proof-${d.status}`}>
          <Icon name={proofIcon[d.status]} size={36} />
          <span className="disk-proof-name">
            {[d.disk.name, d.disk.model, d.disk.serial].filter(Boolean).join(' — ')} ({formatSize(d.disk.sizeMb)})
          </span>
          <strong className="disk-proof-status">{t(`proof.${d.status}`)}</strong>
        </li>
      ))}
    </ul>
  );
}
