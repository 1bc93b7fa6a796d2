import '../../assets/ui.css';
import { mountOptions } from '../../src/ui/mount-options';

mountOptions(document);
