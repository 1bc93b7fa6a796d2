import '../../assets/ui.css';
import '../../assets/memory.css';
import { mountMemory } from '../../src/ui/memory/mount-memory';

void mountMemory(document, location.search);
