namespace DeskStats.Link
{
    /// <summary>
    /// What the connection supervisor asks of the platform. Every command must return at once (do the work on
    /// another thread) and report its result through the supervisor's On... methods; the supervisor's own
    /// timeouts cover a command that never reports back.
    /// </summary>
    public interface ILinkCommands
    {
        /// <summary>Join (or rejoin) the Wi-Fi network; report OnWifiJoined or OnWifiJoinFailed.</summary>
        void JoinWifi();

        /// <summary>Set the clock (SNTP); report OnClockSet.</summary>
        void SyncClock();

        /// <summary>Open a fresh WebSocket to the relay; report OnRelayOpened or OnConnectFailed, later OnRelayClosed.</summary>
        void OpenRelay();

        /// <summary>Tear down the current WebSocket, if any, without waiting; report nothing more about it.</summary>
        void CloseRelay();

        /// <summary>Prove the open link is alive (keep-alive ping or an equivalent check); report OnLinkAlive when it is.</summary>
        void SendPing();

        /// <summary>Restart the device: the last step when nothing else makes progress.</summary>
        void Reboot();
    }
}
