// Loaded by the background into a frame where a chat without a known vendor was seen.
import { startChatRecorder } from "../chat-recorder";
import { genericAdapter } from "../vendors/generic";

startChatRecorder(genericAdapter);
