namespace DeskStats.Protocol
{
    /// <summary>What <see cref="RelayMessageProcessor.Process"/> did with one relay message.</summary>
    public enum MessageOutcome
    {
        /// <summary>Valid, but nothing displayed changed (byte-identical to the last accepted message, or the same data). The model is untouched.</summary>
        Unchanged = 0,
        /// <summary>Valid and applied: <see cref="RelayMessageProcessor.LastChanges"/> names the displayed fields that changed.</summary>
        Applied = 1,
        /// <summary>Refused: <see cref="RelayMessageProcessor.LastRejectReason"/> says why; the model keeps its last good state.</summary>
        Rejected = 2
    }
}
