import '../../assets/ui.css';
import { mountSidePanel } from '../../src/ui/mount-side-panel';

void mountSidePanel(document, location.search);
