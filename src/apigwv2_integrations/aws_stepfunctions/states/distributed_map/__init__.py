"""The parts of a DistributedMap state: the state, its item readers, item batcher and result writers."""
