import { CloudApi } from '../core/contracts';
import { View } from './view';
/**
 * Asks the cloud API once, as the dialog opens, which of the page's cloud tabs the server offers (one `/offered`
 * call naming them all). Until it answers, the cloud tabs not shown are held back; then the offered ones appear and
 * the others are left out with one warning naming them. When the server cannot say (a cloud API without `/offered`,
 * a failed call), every tab appears, and one the server does not offer is left out at its first listing.
 * `onNone` hears when the server offers none of the dialog's tabs (every tab is a cloud one and none is offered).
 */
export declare function askOffered(view: View, doc: Document, sources: string[], cloud: CloudApi, console?: Console, onNone?: (names: string[]) => void): void;
