import '../../assets/ui.css';
import { mountPopup } from '../../src/ui/mount-popup';

void mountPopup(document, location.search);
