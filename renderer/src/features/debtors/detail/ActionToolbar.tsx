import { Button, Group, Menu } from '@mantine/core';
import {
  IconCash,
  IconChevronDown,
  IconFolderPlus,
  IconGavel,
  IconListNumbers,
  IconMailForward,
  IconPhone,
} from '@tabler/icons-react';
import { type KeyboardEvent, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import type { DebtorFile } from '../../../data/repositories/debtorFile';
import type { OpenItemLine } from '../../../domain/debtorFile';
import type { LadderState } from '../../../domain/escalation';
import type { Ladder } from '../../../domain/ladder';
import { openLadderOverrides } from '../../collection';
import { openDisputeDialog } from '../../disputes';
import { OpenCaseModal } from '../../dossiers';
import { openPaymentEntry } from '../../promises';
import { StatementActions } from './StatementActions';

const FOCUSABLE = 'button:not([disabled]), a[href]';

/** ←/→ (and Début/Fin) move along the toolbar's actions, as in a desktop toolbar; Tab works too. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const current = items.indexOf(document.activeElement as HTMLElement);
  if (current < 0 || items.length === 0) return;
  const last = items.length - 1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowRight'
          ? current === last
            ? 0
            : current + 1
          : current === 0
            ? last
            : current - 1;
  event.preventDefault();
  items[next]?.focus();
}

/**
 * The fiche's actions, at the top: the call, a payment, a letter (the template of the ladder's
 * next step), a court dossier, and the rarer ones in « Autres actions ». One toolbar: Tab
 * reaches it, ←/→ move within it.
 */
export function ActionToolbar({
  file,
  lines,
  state,
  ladder,
}: {
  file: DebtorFile;
  lines: readonly OpenItemLine[];
  state: LadderState | undefined;
  ladder: Ladder | undefined;
}) {
  const { debtor } = file;
  const [openingCase, setOpeningCase] = useState(false);
  const templateId = state && 'step' in state ? state.step.templateId : undefined;
  const disputable = file.items
    .filter((i) => i.kind === 'invoice' && i.status === 'open' && i.openCents > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Group
      gap="xs"
      role="toolbar"
      aria-label="Actions sur le débiteur"
      onKeyDown={moveFocus}
      data-testid="debtor-actions"
    >
      <Button
        size="sm"
        leftSection={<IconPhone size={16} />}
        component={Link}
        to={paths.guidedCall(debtor.id)}
      >
        Appel guidé
      </Button>
      <Button
        size="sm"
        variant="light"
        leftSection={<IconCash size={16} />}
        onClick={() => openPaymentEntry({ debtorId: debtor.id, debtorName: debtor.name })}
      >
        Constater un règlement…
      </Button>
      <Button
        size="sm"
        variant="light"
        leftSection={<IconMailForward size={16} />}
        component={Link}
        to={paths.letters({
          debtorId: debtor.id,
          tab: 'nouveau',
          ...(templateId ? { templateId } : {}),
        })}
      >
        Nouveau courrier
      </Button>
      <Button
        size="sm"
        variant="light"
        leftSection={<IconFolderPlus size={16} />}
        aria-label="Ouvrir un dossier contentieux"
        onClick={() => setOpeningCase(true)}
      >
        Ouvrir un dossier
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="sm" variant="default" rightSection={<IconChevronDown size={14} />}>
            Autres actions
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconGavel size={14} />}
            disabled={disputable.length === 0}
            onClick={() => openDisputeDialog(debtor.id, disputable)}
          >
            Signaler un litige…
          </Menu.Item>
          <Menu.Item
            leftSection={<IconListNumbers size={14} />}
            disabled={!ladder}
            onClick={() => ladder && openLadderOverrides(debtor, ladder)}
          >
            Règles de relance…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <StatementActions file={file} lines={lines} compact />
      <OpenCaseModal
        debtorId={debtor.id}
        opened={openingCase}
        onClose={() => setOpeningCase(false)}
      />
    </Group>
  );
}
