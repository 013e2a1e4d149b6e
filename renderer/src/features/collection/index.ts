/** The collection side of the fiche débiteur (ladder state, promises, disputes). */
export { DebtorCollectionPanel } from './DebtorCollectionPanel';
