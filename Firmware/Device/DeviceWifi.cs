using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using DeskStats.App;
using DeskStats.Link;
using nanoFramework.Networking;

namespace DeskStats.Device
{
    /// <summary>
    /// Wi-Fi join and rejoin with WifiNetworkHelper, with the credentials from the device's configuration block
    /// (written by nanoff's network deployment or Visual Studio's Device Explorer). Reports into the main loop's inbox.
    /// </summary>
    public sealed class DeviceWifi
    {
        /// <summary>Longest time one join attempt may take, in ms (the supervisor's own timeout is longer).</summary>
        public const int JoinTimeoutMilliseconds = 45000;

        private readonly LinkInbox _inbox;
        private string _ssid = string.Empty;
        private string _password = string.Empty;
        private bool _joinedOnce;
        private int _failedRejoins;
        private int _signalDbm;
        private Thread _joinThread;

        /// <summary>Creates the adapter reporting into <paramref name="inbox"/>.</summary>
        public DeviceWifi(LinkInbox inbox)
        {
            _inbox = inbox;
        }

        /// <summary>Signal of the joined network in dBm as seen by the scan at the last join, or 0 when unknown.</summary>
        public int SignalDbm => _signalDbm;

        /// <summary>The configured network name (not a secret), or empty.</summary>
        public string Ssid => _ssid;

        /// <summary>Reads the credentials from the configuration block; false when none are stored (setup needed: "wifi").</summary>
        public bool LoadCredentials()
        {
            Wireless80211Configuration[] configurations = Wireless80211Configuration.GetAllWireless80211Configurations();
            if (configurations == null)
            {
                return false;
            }

            for (int index = 0; index < configurations.Length; index++)
            {
                Wireless80211Configuration configuration = configurations[index];
                if (configuration != null && configuration.Ssid != null && configuration.Ssid.Length > 0)
                {
                    _ssid = configuration.Ssid;
                    _password = configuration.Password ?? string.Empty;
                    DeviceDebug.Line("wifi: network " + _ssid + ", password " + Secrets.Mask(_password));
                    return true;
                }
            }

            return false;
        }

        /// <summary>Starts watching for the network going away (reported as OnWifiLost).</summary>
        public void StartWatching()
        {
            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
        }

        /// <summary>Starts one join attempt on its own thread (ignored while one is running: its report will come).</summary>
        public void Join()
        {
            if (_joinThread != null && _joinThread.IsAlive)
            {
                return;
            }

            _joinThread = new Thread(JoinWorker);
            _joinThread.Start();
        }

        private void JoinWorker()
        {
            bool joined = false;
            try
            {
                var cancellation = new CancellationTokenSource(JoinTimeoutMilliseconds);
                if (_joinedOnce && _failedRejoins < 2)
                {
                    joined = WifiNetworkHelper.Reconnect(false, 0, cancellation.Token);
                }
                else
                {
                    if (_joinedOnce)
                    {
                        // Rejoining failed twice: start the helper over (a router restart can leave it stuck).
                        WifiNetworkHelper.Disconnect();
                    }

                    joined = WifiNetworkHelper.ScanAndConnectDhcp(_ssid, _password, WifiReconnectionKind.Automatic, false, 0, cancellation.Token);
                }
            }
            catch (Exception exception)
            {
                DeviceDebug.Line("wifi: join threw " + exception.GetType().Name);
                joined = false;
            }

            if (joined)
            {
                _joinedOnce = true;
                _failedRejoins = 0;
                ReadSignal();
                DeviceDebug.Line("wifi: joined, signal " + _signalDbm.ToString() + " dBm");
                _inbox.WifiJoined();
            }
            else
            {
                if (_joinedOnce)
                {
                    _failedRejoins++;
                }

                Exception helperException = WifiNetworkHelper.HelperException;
                DeviceDebug.Line("wifi: join failed, status " + ((int)WifiNetworkHelper.Status).ToString() + (helperException == null ? string.Empty : " " + helperException.GetType().Name));
                _inbox.WifiJoinFailed("status " + ((int)WifiNetworkHelper.Status).ToString());
            }
        }

        private void ReadSignal()
        {
            try
            {
                WifiAdapter adapter = WifiNetworkHelper.WifiAdapter;
                WifiNetworkReport report = adapter == null ? null : adapter.NetworkReport;
                WifiAvailableNetwork[] networks = report == null ? null : report.AvailableNetworks;
                if (networks == null)
                {
                    return;
                }

                for (int index = 0; index < networks.Length; index++)
                {
                    if (networks[index].Ssid == _ssid)
                    {
                        _signalDbm = (int)networks[index].NetworkRssiInDecibelMilliwatts;
                        return;
                    }
                }
            }
            catch (Exception)
            {
                // The signal is a nicety: never let it stop the link.
            }
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            if (!e.IsAvailable)
            {
                DeviceDebug.Line("wifi: network lost");
                _inbox.WifiLost();
            }
        }
    }
}
