// Loaded by the background into a frame where Crisp's chatbox was seen.
import { startChatRecorder } from "../chat-recorder";
import { crispAdapter } from "../vendors/crisp";

startChatRecorder(crispAdapter);
