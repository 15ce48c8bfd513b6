namespace DeskStats.App
{
    /// <summary>
    /// Wi-Fi and the wall clock, as the main loop drives them. Both report into the <see cref="LinkInbox"/>
    /// (WifiJoined, WifiJoinFailed, WifiLost, ClockSet), from any thread. Called on the loop's thread; must not block.
    /// </summary>
    public interface INetwork
    {
        /// <summary>Joins the Wi-Fi network (or checks it is joined); reports WifiJoined or WifiJoinFailed.</summary>
        void JoinWifi();

        /// <summary>Sets the wall clock (SNTP on the device); reports ClockSet once UTC is right.</summary>
        void SyncClock();
    }
}
